import "server-only";
import { db } from "@/server/db";
import { machineTokenSelect, toMachineToken } from "./machine-token-select";

/** Every INGEST and SCRAPE token, whoever created it, revoked ones included; newest first. */
export async function listMachineTokens() {
  const rows = await db().apiToken.findMany({
    where: { scope: { in: ["INGEST", "SCRAPE"] } },
    select: machineTokenSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return { items: rows.map(toMachineToken) };
}
