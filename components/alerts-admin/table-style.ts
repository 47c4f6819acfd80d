// The admin pages' plain tables and cards, one look (as the alert reports).
export const card = "rounded-lg border border-slate-200 bg-white p-4";
export const th = "px-2 py-1.5 text-left text-xs font-medium text-slate-500";
export const td = "px-2 py-1.5 align-top text-sm";
