"use client";
import { useEffect, useMemo, useRef } from "react";
import { createLayoutClient } from "@/lib/topology/layout/layout-client";
import type { LayoutInput, LayoutResult } from "@/lib/topology/layout/layout-types";

export type LayoutRunner = { layout: (input: LayoutInput) => Promise<LayoutResult> };

/**
 * One layout worker per mounted map: started when the map mounts (in the browser, never during
 * server rendering) and terminated when the page goes away.
 */
export function useLayoutClient(): LayoutRunner {
  const client = useRef<ReturnType<typeof createLayoutClient> | null>(null);
  useEffect(() => {
    // Started at once, so loading ELK in the worker overlaps fetching the map.
    client.current ??= createLayoutClient();
    return () => {
      client.current?.dispose();
      client.current = null;
    };
  }, []);
  return useMemo(() => ({ layout: (input) => (client.current ??= createLayoutClient()).layout(input) }), []);
}
