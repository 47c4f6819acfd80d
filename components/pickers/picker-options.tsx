"use client";
import { useI18n } from "@/lib/i18n/client";
import { cn } from "@/components/ui/cn";
import type { PickerItem } from "./entity-picker";

type Props = {
  listId: string;
  label: string;
  items: PickerItem[];
  activeIndex: number;
  status: "searching" | "error" | "empty" | null;
  onHover: (index: number) => void;
  onChoose: (index: number) => void;
};

/** The popup listbox of an EntityPicker. Options keep focus in the input (mousedown is cancelled). */
export function PickerOptions({ listId, label, items, activeIndex, status, onHover, onChoose }: Props) {
  const { m } = useI18n();
  const t = m.systems.shared.picker;
  return (
    <div className="absolute z-30 mt-1 w-full min-w-56 overflow-hidden rounded-md border border-slate-200 bg-white shadow-lg">
      {status && (
        <p role="status" className="px-3 py-2 text-sm text-slate-500">
          {status === "searching" ? t.searching : status === "error" ? t.error : t.noMatches}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label={label} className="max-h-64 overflow-auto py-1">
        {items.map((item, i) => (
          <li key={item.id} id={`${listId}-${i}`} role="option" aria-selected={i === activeIndex}
            onMouseDown={(e) => e.preventDefault()} onMouseEnter={() => onHover(i)} onClick={() => onChoose(i)}
            className={cn("flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 text-sm", i === activeIndex ? "bg-indigo-50 text-indigo-900" : "text-slate-800")}>
            <span className="flex items-center gap-1.5 truncate">{item.label}{item.mark}</span>
            {item.detail && <span className="shrink-0 truncate text-xs text-slate-500">{item.detail}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
