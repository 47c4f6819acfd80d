"use client";
import { useId } from "react";
import { cn } from "./cn";

type Props = {
  legend: string;
  options: { value: string; label: string }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string;
  hint?: string;
  /** Shown when nothing is chosen, e.g. "Every team". */
  noneLabel?: string;
  className?: string;
};

/**
 * A multi-select as a group of toggle chips (real checkboxes, so keyboard and screen readers work
 * without a custom widget). The order of `value` follows `options`, not the order of clicks.
 */
export function MultiCheck({ legend, options, value, onChange, error, hint, noneLabel, className }: Props) {
  const id = useId();
  const chosen = new Set(value);
  const toggle = (v: string, on: boolean) => onChange(options.map((o) => o.value).filter((o) => (o === v ? on : chosen.has(o))));
  return (
    <fieldset className={cn("min-w-0 space-y-1.5", className)} aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend className="text-sm font-medium text-slate-700">
        {legend}
        {noneLabel && value.length === 0 && <span className="ml-2 text-xs font-normal text-slate-500">{noneLabel}</span>}
      </legend>
      <div className="flex flex-wrap gap-1.5">
        {options.map((o) => {
          const on = chosen.has(o.value);
          return (
            <label key={o.value}
              className={cn("inline-flex cursor-pointer items-center gap-1.5 rounded-full border px-2.5 py-1 text-xs has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500",
                on ? "border-indigo-300 bg-indigo-50 text-indigo-800" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50")}>
              <input type="checkbox" className="h-3.5 w-3.5 rounded border-slate-300 text-indigo-600" checked={on}
                onChange={(e) => toggle(o.value, e.target.checked)} />
              {o.label}
            </label>
          );
        })}
      </div>
      {hint && !error && <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p>}
      {error && <p id={`${id}-error`} role="alert" className="text-xs text-red-600">{error}</p>}
    </fieldset>
  );
}
