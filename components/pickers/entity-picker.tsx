"use client";
import { useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { keepPreviousData, useQuery, type QueryKey, type UseQueryOptions } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Input } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { PickerOptions } from "./picker-options";
import { useDebouncedValue } from "./use-debounced-value";

export type PickerItem = { id: string; label: string; detail?: string; mark?: ReactNode };

export type EntityPickerProps<T> = {
  /** The accessible name, also used for the clear button ("Clear Team"). */
  label: string;
  value: T | null;
  onChange: (value: T | null) => void;
  /** Control id and description, from the surrounding <Field>. */
  id?: string;
  describedBy?: string;
  invalid?: boolean;
  placeholder?: string;
  className?: string;
};

type Props<T, K extends QueryKey> = EntityPickerProps<T> & {
  /** The search for what is typed, from lib/queries (e.g. teamPickerQuery). */
  query: (q: string) => UseQueryOptions<T[], Error, T[], K>;
  toItem: (value: T) => PickerItem;
};

/**
 * An accessible combobox (ARIA 1.2 list autocomplete): type to search (debounced), arrow keys to
 * move, Enter to choose, Escape to close, a clear button. Thin wrappers fix what it searches.
 */
export function EntityPicker<T, K extends QueryKey>({ label, value, onChange, id, describedBy, invalid, placeholder, className, query: search, toItem }: Props<T, K>) {
  const { m } = useI18n();
  const listId = useId();
  const [text, setText] = useState("");
  const [editing, setEditing] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim());
  const query = useQuery({
    ...search(q),
    enabled: open,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
  // Until the search for what is typed has answered, the list shows the previous answer: never pick from it.
  const stale = q !== text.trim() || query.isPlaceholderData;
  const items = query.data ?? [];
  const activeIndex = Math.min(active, items.length - 1);
  const selected = value ? toItem(value) : null;

  const close = () => { setOpen(false); setEditing(false); setText(""); };
  const choose = (item: T | null) => { onChange(item); close(); };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive(Math.max(0, Math.min(items.length - 1, activeIndex + step)));
    } else if (e.key === "Enter" && open) {
      // Enter picks the highlighted option instead of submitting the form.
      e.preventDefault();
      if (!stale && items[activeIndex]) choose(items[activeIndex]);
    } else if (e.key === "Escape" && (open || editing)) {
      e.preventDefault();
      close();
    }
  };

  return (
    <div className={cn("relative", className)}>
      <Input id={id} role="combobox" aria-label={id ? undefined : label} aria-describedby={describedBy}
        aria-invalid={invalid || undefined} aria-expanded={open} aria-controls={open ? listId : undefined} aria-autocomplete="list"
        aria-activedescendant={open && activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined}
        autoComplete="off" placeholder={placeholder ?? m.systems.shared.picker.placeholder}
        className={selected ? "pr-8" : undefined}
        value={editing ? text : (selected?.label ?? "")}
        onChange={(e) => { setText(e.target.value); setEditing(true); setOpen(true); setActive(0); }}
        onClick={() => setOpen(true)} onBlur={close} onKeyDown={onKeyDown} />
      {selected && !editing && (
        <button type="button" aria-label={fmt(m.systems.shared.picker.clear, { label })} onClick={() => choose(null)}
          className="absolute right-1.5 top-1/2 -translate-y-1/2 rounded px-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-indigo-500">
          <span aria-hidden>×</span>
        </button>
      )}
      {open && (
        <PickerOptions listId={listId} label={label} items={items.map(toItem)} activeIndex={activeIndex}
          status={query.isPending || stale ? "searching" : query.isError ? "error" : items.length === 0 ? "empty" : null}
          onHover={setActive} onChoose={(i) => choose(items[i])} />
      )}
    </div>
  );
}
