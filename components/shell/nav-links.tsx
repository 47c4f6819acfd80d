"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

/** `also`: other paths that belong to the entry (e.g. /waivers under Standards). */
export function NavLinks({ links, label }: { links: { href: string; label: string; also?: string[] }[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-1">
      {links.map((l) => {
        const active = l.href === "/" ? pathname === "/" : [l.href, ...(l.also ?? [])].some((p) => pathname.startsWith(p));
        return (
          <Link key={l.href} href={l.href} aria-current={active ? "page" : undefined}
            className={cn("rounded-md px-2.5 py-1.5 text-sm font-medium", active ? "bg-indigo-50 text-indigo-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900")}>
            {l.label}
          </Link>
        );
      })}
    </nav>
  );
}
