import Link from "next/link";

/** "← All systems" above a detail or form page. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="mb-2 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800">
      <span aria-hidden>←</span>
      {label}
    </Link>
  );
}
