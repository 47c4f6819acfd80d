"use client";
import { useId, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";

export type OwnerMode = "leave" | "set" | "clear";
export type OwnerChoice<V> = { mode: OwnerMode; value: V | null };

export const leaveUnchanged = <V,>(): OwnerChoice<V> => ({ mode: "leave", value: null });

type Props<V> = {
  legend: string;
  choice: OwnerChoice<V>;
  onChange: (choice: OwnerChoice<V>) => void;
  error?: string;
  disabled?: boolean;
  /** The picker shown under "Set to…", given the id of the error text that describes it. */
  picker: (value: V | null, onPick: (value: V | null) => void, describedBy?: string) => ReactNode;
};

/**
 * One owner field of a bulk assignment: leave it alone (default), set it to someone, or clear it.
 * Native radios, so arrow keys move between the three choices.
 */
export function BulkOwnerChoice<V>({ legend, choice, onChange, error, disabled, picker }: Props<V>) {
  const { m } = useI18n();
  const t = m.bulk.dialog;
  const name = useId();
  const errorId = `${name}-error`;
  const modes: [OwnerMode, string][] = [["leave", t.leave], ["set", t.setTo], ["clear", t.clear]];
  return (
    <fieldset className="space-y-2" disabled={disabled} aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {modes.map(([mode, label]) => (
          <label key={mode} className="inline-flex items-center gap-1.5 text-sm text-slate-700">
            <input type="radio" name={name} value={mode} checked={choice.mode === mode}
              className="h-4 w-4 border-slate-300 text-indigo-600"
              onChange={() => onChange({ ...choice, mode })} />
            {label}
          </label>
        ))}
      </div>
      {choice.mode === "set" && picker(choice.value, (value) => onChange({ mode: "set", value }), error ? errorId : undefined)}
      {error && <p id={errorId} role="alert" className="text-xs text-red-600">{error}</p>}
    </fieldset>
  );
}
