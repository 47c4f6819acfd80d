"use client";
import type { TSubjectType } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { cn } from "@/components/ui/cn";

const SUBJECTS = ["INTERFACE", "SYSTEM"] as const;

/** Interfaces | Systems: which records the summary and the matrix show (pressed-state buttons). */
export function SubjectSwitch({ value, onChange }: { value: TSubjectType; onChange: (v: TSubjectType) => void }) {
  const { m } = useI18n();
  return (
    <div role="group" aria-label={m.compliance.subject} className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
      {SUBJECTS.map((s) => (
        <button key={s} type="button" aria-pressed={value === s} onClick={() => onChange(s)}
          className={cn("rounded px-3 py-1 text-sm font-medium", value === s ? "bg-indigo-600 text-white" : "text-slate-700 hover:bg-slate-100")}>
          {m.enums.SubjectType[s]}
        </button>
      ))}
    </div>
  );
}
