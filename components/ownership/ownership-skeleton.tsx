"use client";
import { useI18n } from "@/lib/i18n/client";

const block = "animate-pulse rounded bg-slate-100";

/** The page's shape while the first answer loads, so nothing jumps when it arrives. */
export function OwnershipSkeleton() {
  const { m } = useI18n();
  return (
    <div role="status" aria-label={m.common.states.loading} className="space-y-4">
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-[20rem_1fr]">
        <div className="space-y-3">
          <div className={`${block} h-4 w-32`} />
          <div className={`${block} h-10 w-24`} />
          <div className={`${block} h-2.5 w-full`} />
        </div>
        <div className="space-y-2">
          {[0, 1, 2, 3].map((i) => <div key={i} className={`${block} h-4 w-3/4`} />)}
        </div>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => <div key={i} className={`${block} h-24 border border-slate-200`} />)}
      </div>
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
        {Array.from({ length: 6 }, (_, i) => <div key={i} className={`${block} h-10`} />)}
      </div>
      <span className="sr-only">{m.common.states.loading}</span>
    </div>
  );
}
