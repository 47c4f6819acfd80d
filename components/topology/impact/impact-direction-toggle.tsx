"use client";
import { useId } from "react";
import { useI18n } from "@/lib/i18n/client";
import { IMPACT_DIRECTIONS, type TImpactDirection } from "@/lib/schemas/impact";

type Props = { value: TImpactDirection; onChange: (direction: TImpactDirection) => void };

/**
 * Downstream / Upstream as a segmented control built from native radio buttons: arrow keys move
 * the choice and screen readers announce a radio group, with no keyboard handling of our own.
 * Each (transparent) radio covers its segment, so a click lands on the input itself.
 */
export function ImpactDirectionToggle({ value, onChange }: Props) {
  const { m } = useI18n();
  const t = m.impact.direction;
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset>
      <legend className="sr-only">{t.label}</legend>
      <div className="grid grid-cols-2 gap-0.5 rounded-md border border-slate-300 bg-slate-100 p-0.5">
        {IMPACT_DIRECTIONS.map((direction) => (
          <label key={direction} className="relative">
            <input
              type="radio"
              name={name}
              value={direction}
              checked={value === direction}
              onChange={() => onChange(direction)}
              aria-describedby={hintId}
              className="peer absolute inset-0 m-0 h-full w-full cursor-pointer opacity-0"
            />
            <span className="block rounded px-3 py-1 text-center text-sm font-medium text-slate-600 hover:text-slate-900 peer-checked:bg-white peer-checked:text-indigo-700 peer-checked:shadow-sm peer-focus-visible:ring-2 peer-focus-visible:ring-indigo-500">
              {t[direction]}
            </span>
          </label>
        ))}
      </div>
      <p id={hintId} className="mt-1.5 text-xs text-slate-500">
        {value === "downstream" ? t.downstreamHint : t.upstreamHint}
      </p>
    </fieldset>
  );
}
