"use client";
import { createContext, useContext, useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { alertMapQuery } from "@/lib/queries/alerts";
import type { TAlertMap } from "@/lib/schemas/alert-views";

export type AlertMark = TAlertMap["systems"][number];
type AlertMarks = ReadonlyMap<string, AlertMark>;

const AlertMarksContext = createContext<AlertMarks | null>(null);
export const AlertMarksProvider = AlertMarksContext.Provider;

/**
 * Open alerts and maintenance per system, shown on the map whatever it is coloured by: a badge is
 * what someone looking at the map for another reason must not miss. One small polled read; nodes
 * read it from context, so a new alert re-renders the drawn nodes only.
 */
export function useAlertMarks(): AlertMarks | null {
  const query = useQuery(alertMapQuery());
  return useMemo(() => (query.data ? new Map(query.data.systems.map((s) => [s.id, s])) : null), [query.data]);
}

export function useAlertsOf(systemId: string): AlertMark | null {
  return useContext(AlertMarksContext)?.get(systemId) ?? null;
}
