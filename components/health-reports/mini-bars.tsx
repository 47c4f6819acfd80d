"use client";

type Bar = { value: number | null; tone?: "ok" | "bad" | "busy" | "plain" };

const FILL = {
  ok: "fill-emerald-500",
  bad: "fill-red-500",
  busy: "fill-sky-400",
  plain: "fill-indigo-400 dark:fill-indigo-300",
};

/**
 * A row-sized bar chart (runs' durations, a day's backlog): dozens of these sit in one table, where
 * a recharts chart per cell would cost a ResponsiveContainer and its observers each. The label says
 * the values for screen readers.
 */
export function MiniBars({ bars, label, width = 120, height = 24 }: { bars: Bar[]; label: string; width?: number; height?: number }) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const step = bars.length ? width / bars.length : width;
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="overflow-visible">
      <title>{label}</title>
      {bars.map((b, i) => {
        const h = b.value === null ? 2 : Math.max(2, (b.value / max) * height);
        return <rect key={i} x={i * step + 1} y={height - h} width={Math.max(1, step - 2)} height={h} rx={1}
          className={b.value === null ? "fill-slate-300 dark:fill-slate-600" : FILL[b.tone ?? "plain"]} />;
      })}
    </svg>
  );
}
