import type { ReactNode } from "react";
import "./globals.css";

export const metadata = { title: "Junction", description: "The map of your systems and their interfaces" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
