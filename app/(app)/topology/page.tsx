import { Suspense } from "react";
import { preload } from "react-dom";
import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { namesOnlySavedView, parseViewState, toTopologyQuery, topologyUrl } from "@/lib/topology/view-state";
import { TopologyPage } from "@/components/topology/topology-page";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata() {
  const { m } = await getMessages();
  return { title: `${m.topology.title} · Junction` };
}

// Viewers get the same map read-only; the API refuses their edits whatever the page shows.
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("catalog:read");
  preloadMap(await searchParams);
  return (
    <Suspense>
      <TopologyPage canWrite={can(actor.role, "catalog:write")} />
    </Suspense>
  );
}

/**
 * The map's data (1.6 MB for 1,000 systems) is fetched by the browser: asked for from the page's
 * <head>, it arrives while the scripts load instead of after hydration, and without waiting behind
 * the prefetches of the navigation's links. The URL is the one the map's query builds from the same
 * URL state (lib/queries/topology.ts), so the browser hands that request the preloaded answer; a
 * link naming only a saved view is left to the map (its definition says what to fetch).
 */
function preloadMap(params: Awaited<SearchParams>) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value ?? []].flat()) search.append(key, v);
  const state = parseViewState(search);
  if (!namesOnlySavedView(state)) preload(topologyUrl(toTopologyQuery(state)), { as: "fetch", crossOrigin: "anonymous" });
}
