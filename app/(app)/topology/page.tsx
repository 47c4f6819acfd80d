import { Suspense } from "react";
import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { TopologyPage } from "@/components/topology/topology-page";

export async function generateMetadata() {
  const { m } = await getMessages();
  return { title: `${m.topology.title} · Junction` };
}

// Viewers get the same map read-only; the API refuses their edits whatever the page shows.
export default async function Page() {
  const actor = await requirePage("catalog:read");
  return (
    <Suspense>
      <TopologyPage canWrite={can(actor.role, "catalog:write")} />
    </Suspense>
  );
}
