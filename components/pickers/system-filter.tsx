"use client";
import type { ListState } from "@/components/catalog/list-page";
import { systemDetailQuery } from "@/lib/queries/systems";
import { RefFilter } from "./ref-filter";
import { SystemPicker } from "./system-picker";

export function SystemFilter({ list, param, label }: { list: ListState; param: string; label: string }) {
  return <RefFilter list={list} param={param} label={label} Picker={SystemPicker} detail={systemDetailQuery} />;
}
