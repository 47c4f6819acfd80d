// Chart colours as the app's theme variables, so fills follow the dark palette (lib/theme): the
// 500 shades keep their value in both themes and read on a white and a dark surface alike;
// neutrals (axis, grid, tooltip) are the inverted slate scale.
export const SERIES = [
  "var(--color-indigo-500)",
  "var(--color-sky-500)",
  "var(--color-emerald-500)",
  "var(--color-amber-500)",
  "var(--color-rose-500)",
  "var(--color-violet-500)",
  "var(--color-teal-500)",
  "var(--color-orange-500)",
  "var(--color-lime-500)",
  "var(--color-fuchsia-500)",
  "var(--color-cyan-500)",
  "var(--color-slate-500)",
] as const;

/** Tier 0 … 3 in the tier badges' tones: red (business stops), amber, indigo, slate. */
export const TIER_COLORS = ["var(--color-red-500)", "var(--color-amber-500)", "var(--color-indigo-500)", "var(--color-slate-400)"] as const;

export const LIFECYCLE_COLORS = {
  PLANNED: "var(--color-sky-500)",
  ACTIVE: "var(--color-emerald-500)",
  DEPRECATED: "var(--color-amber-500)",
  RETIRED: "var(--color-slate-400)",
} as const;

export const AXIS = { stroke: "var(--color-slate-300)", tick: { fill: "var(--color-slate-500)", fontSize: 12 } } as const;
export const GRID = "var(--color-slate-200)";
export const TOOLTIP = {
  contentStyle: { background: "var(--color-white)", border: "1px solid var(--color-slate-200)", borderRadius: 6, color: "var(--color-slate-800)", fontSize: 12 },
  itemStyle: { color: "var(--color-slate-800)" },
  labelStyle: { color: "var(--color-slate-600)" },
  cursor: { fill: "var(--color-slate-100)" },
} as const;
