"use client";
import { useEffect, useMemo } from "react";
import { createLayoutClient, type LayoutClient } from "@/lib/topology/layout/layout-client";
import type { LayoutInput, LayoutResult } from "@/lib/topology/layout/layout-types";

export type LayoutRunner = { layout: (input: LayoutInput) => Promise<LayoutResult> };

// One layout worker for the whole browser tab, kept when the map page goes away: coming back to
// the map (a client-side navigation) finds ELK already loaded and compiled in it.
let shared: LayoutClient | null = null;
const client = () => (shared ??= createLayoutClient());

/**
 * The tab's layout worker: started when a map first mounts (in the browser, never during server
 * rendering), so that loading ELK overlaps fetching the map.
 */
export function useLayoutClient(): LayoutRunner {
  useEffect(() => {
    client();
  }, []);
  return useMemo(() => ({ layout: (input) => client().layout(input) }), []);
}
