/** One part of a stacked bar: a CSS colour (theme variable) or a class that sets the background. */
export type BarPart = { key: string; value: number; color?: string; className?: string };

/**
 * Shares of a whole as one thin bar (levels per team, objectives met per team). The drawing is
 * hidden from screen readers; `label` says the same in words, and is the tooltip.
 */
export function StackedBar({ parts, total, label }: { parts: BarPart[]; total: number; label: string }) {
  return (
    <>
      <span className="flex h-2.5 overflow-hidden rounded bg-slate-100 dark:bg-slate-800" title={label} aria-hidden>
        {parts.map((p) => p.value > 0 && (
          <span key={p.key} className={p.className} style={{ width: `${(p.value / total) * 100}%`, background: p.color }} />
        ))}
      </span>
      <span className="sr-only">{label}</span>
    </>
  );
}
