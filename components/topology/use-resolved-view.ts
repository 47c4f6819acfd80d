"use client";
import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { fromViewDefinition, namesOnlySavedView } from "@/lib/topology/view-state";
import { viewQuery } from "@/lib/queries/topology";
import { useViewState } from "./use-view-state";

/**
 * The view state the map shows. A shared link may name only the saved view (?view=<id>, perhaps
 * with lanes or colouring): then its saved definition says what to show, once it has loaded (`pending` till then).
 */
export function useResolvedView() {
  const [urlState, setState] = useViewState();
  const savedView = useQuery({ ...viewQuery(urlState.view ?? ""), enabled: !!urlState.view, staleTime: 60_000 });
  const bare = namesOnlySavedView(urlState);
  const state = useMemo(
    () => (bare && savedView.data ? fromViewDefinition(savedView.data.id, savedView.data.definition, urlState) : urlState),
    [bare, savedView.data, urlState],
  );
  return { state, setState, savedView, pending: bare && savedView.isPending };
}
