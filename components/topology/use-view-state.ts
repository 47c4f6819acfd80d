"use client";
import { useCallback, useMemo } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { parseViewState, toSearchParams, type TopologyViewState } from "@/lib/topology/view-state";

export type SetViewState = (next: TopologyViewState | ((current: TopologyViewState) => TopologyViewState)) => void;

/**
 * The map's view (filters, grouping, focus, lanes, saved view) lives in the URL: every change
 * is a history entry, so Back returns to the previous view and any view can be shared as a link.
 */
export function useViewState(): [TopologyViewState, SetViewState] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const state = useMemo(() => parseViewState(new URLSearchParams(params.toString())), [params]);
  const setState = useCallback<SetViewState>((next) => {
    const resolved = typeof next === "function" ? next(state) : next;
    const query = toSearchParams(resolved).toString();
    router.push(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }, [state, router, pathname]);
  return [state, setState];
}
