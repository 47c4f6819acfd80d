"use client";
import { useI18n } from "@/lib/i18n/client";
import type { ClusterNodeData } from "@/lib/topology/to-flow";

/** A group's name in the reader's language: layer and kind values are enum labels, teams their names. */
export function useClusterLabel(group: ClusterNodeData["group"]): string {
  const { m } = useI18n();
  if (group.groupBy === "layer" && group.value) return m.enums.Layer[group.value as keyof typeof m.enums.Layer] ?? group.value;
  if (group.groupBy === "kind" && group.value) return m.enums.SystemKind[group.value as keyof typeof m.enums.SystemKind] ?? group.value;
  if (group.groupBy === "team" && !group.value) return m.topology.group.noTeam;
  return group.label;
}
