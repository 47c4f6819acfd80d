import type { ReactNode } from "react";

/** Label/value pairs stacked in one column, for the narrow side cards of detail pages. */
export function FactList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="space-y-3">
      {items.map((i) => (
        <div key={i.label}>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{i.label}</dt>
          <dd className="mt-0.5 text-sm text-slate-900">{i.value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
