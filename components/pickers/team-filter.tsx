"use client";
import type { ListState } from "@/components/catalog/list-page";
import { teamDetailQuery } from "@/lib/queries/teams";
import { RefFilter } from "./ref-filter";
import { TeamPicker } from "./team-picker";

export function TeamFilter({ list, param = "teamId", label }: { list: ListState; param?: string; label: string }) {
  return <RefFilter list={list} param={param} label={label} Picker={TeamPicker} detail={teamDetailQuery} />;
}
