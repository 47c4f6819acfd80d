"use client";
import { useI18n } from "@/lib/i18n/client";

const bar = "animate-pulse rounded bg-slate-200";

/** The panel's shape while the first page loads, so the layout does not jump when it arrives. */
export function ImpactSkeleton() {
  const { m } = useI18n();
  return (
    <div role="status" className="space-y-5">
      <span className="sr-only">{m.common.states.loading}</span>
      <div className="space-y-2" aria-hidden>
        <div className={`${bar} h-4 w-3/4`} />
        <div className={`${bar} h-4 w-1/2`} />
        <div className={`${bar} h-4 w-2/3`} />
      </div>
      {[0, 1].map((i) => (
        <div key={i} className="space-y-2 rounded-md border border-slate-200 p-3" aria-hidden>
          <div className={`${bar} h-4 w-1/2`} />
          <div className={`${bar} h-3 w-5/6`} />
          <div className={`${bar} h-3 w-2/3`} />
        </div>
      ))}
      <div className="space-y-3" aria-hidden>
        <div className={`${bar} h-4 w-1/4`} />
        {[0, 1, 2].map((i) => (
          <div key={i} className={`${bar} h-10 w-full`} />
        ))}
      </div>
    </div>
  );
}
