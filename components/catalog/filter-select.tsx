"use client";
import { useId } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Select } from "@/components/ui/field";
import type { Option } from "./enum-options";
import type { ListState } from "./list-page";

/** One enum filter, held in the URL parameter `param` ("" = any). */
export function FilterSelect({ list, param, label, options }: { list: ListState; param: string; label: string; options: Option[] }) {
  const { m } = useI18n();
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">{label}</label>
      <Select id={id} value={list.params[param] ?? ""} onChange={(e) => list.set({ [param]: e.target.value })}>
        <option value="">{m.systems.shared.any}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </Select>
    </div>
  );
}
