export default function Home() {
  return <main>Junction</main>;
}
