"use client";
import { useMemo } from "react";
import { createLayoutClient, type LayoutClient } from "@/lib/topology/layout/layout-client";
import type { LayoutInput, LayoutResult } from "@/lib/topology/layout/layout-types";

export type LayoutRunner = { layout: (input: LayoutInput) => Promise<LayoutResult> };

// One layout worker for the whole browser tab, kept when the map page goes away: coming back to
// the map (a client-side navigation) finds it running.
let shared: LayoutClient | null = null;
const client = () => (shared ??= createLayoutClient());

/**
 * The tab's layout worker, started by the first layout a map needs (in the browser, never during
 * server rendering). Not when the map mounts: most openings need none (the server's stored layout
 * or saved positions), and starting a worker thread there only competes with drawing the map. The
 * layout code is small and quick to load since it no longer includes ELK.
 */
export function useLayoutClient(): LayoutRunner {
  return useMemo(() => ({ layout: (input) => client().layout(input) }), []);
}
