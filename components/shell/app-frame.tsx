"use client";
import type { ReactNode } from "react";
import { usePathname } from "next/navigation";

/**
 * Page frame under the header: a centred column for lists and forms; the whole remaining window
 * for the map, which scrolls and zooms inside itself. Decided here because layouts persist across
 * client-side navigation and cannot see the path themselves.
 */
export function AppFrame({ header, children }: { header: ReactNode; children: ReactNode }) {
  const fullBleed = usePathname().startsWith("/topology");
  if (!fullBleed) {
    return (
      <>
        {header}
        <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
      </>
    );
  }
  return (
    <div className="flex h-dvh flex-col">
      {header}
      <main className="min-h-0 flex-1">{children}</main>
    </div>
  );
}
