// Export → import without a database: the example catalog's records are stored the way the
// engine would store them (defaults for what a record leaves out), exported, read back and mapped
// again; what Junction models must come back the same.
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import type { TImportRecords } from "@/lib/schemas/interop";
import { buildBackstageEntities } from "./build-backstage-entities";
import type { TExportData } from "./export-types";
import { mapCatalogRecords } from "./map-catalog-records";
import { fixtureFiles } from "./map-catalog-records.test";
import { parseCatalogFiles } from "./parse-catalog-files";
import { readCatalogUpload } from "./read-catalog-upload";

function importFiles(files: { name: string; text: string }[]) {
  const { upload } = readCatalogUpload({ files });
  return mapCatalogRecords({ entities: parseCatalogFiles({ upload }).entities });
}

/** The records as rows, ids being keys (emails for people), defaults as the schema has them. */
function stored(r: TImportRecords): TExportData {
  const userId = (email: string | null | undefined) => email ?? null;
  return {
    teams: r.teams.map((t) => ({ id: t.key, key: t.key, name: t.name!, description: t.description ?? "", contactEmail: t.contactEmail ?? null, parentId: t.parent ?? null, sourceRef: t.sourceRef ?? null })),
    members: r.teams.flatMap((t) => (t.members ?? []).map((m) => ({ teamId: t.key, userId: m.email }))),
    users: r.people.map((p) => ({ id: p.email, email: p.email, name: p.name!, sourceRef: p.sourceRef ?? null })),
    systems: r.systems.map((s) => ({
      id: s.key, key: s.key, name: s.name!, description: s.description ?? "", kind: s.kind!, layer: s.layer!, lifecycle: s.lifecycle ?? "ACTIVE",
      tags: s.tags ?? [], teamId: s.team ?? null, technicalOwnerId: userId(s.technicalOwner), grouping: s.grouping ?? null, domain: s.domain ?? null, sourceRef: s.sourceRef ?? null,
    })),
    interfaces: r.interfaces.map((i) => ({
      key: i.key, name: i.name!, description: i.description ?? "", style: i.style!, mode: i.mode!, lifecycle: i.lifecycle ?? "ACTIVE",
      providerSystemId: i.provider!, consumerSystemId: i.consumer!, teamId: i.team ?? null, technicalOwnerId: userId(i.technicalOwner),
      contractFormat: i.contract?.format ?? "NONE", contractUrl: i.contractUrl ?? null, sourceRef: i.sourceRef ?? null, contract: i.contract?.text ?? null,
    })),
  };
}

const withoutOrigin = (r: TImportRecords) => JSON.parse(JSON.stringify(r, (k, v) => (k === "origin" ? undefined : v)));
const sortByKey = (r: TImportRecords) => ({
  teams: [...r.teams].sort((a, b) => a.key.localeCompare(b.key)),
  people: [...r.people].sort((a, b) => a.email.localeCompare(b.email)),
  systems: [...r.systems].sort((a, b) => a.key.localeCompare(b.key)),
  interfaces: [...r.interfaces].sort((a, b) => a.key.localeCompare(b.key)),
});

describe("export → import", () => {
  const first = importFiles(fixtureFiles()).records;
  const files = buildBackstageEntities(stored(first));
  const yaml = [...files.values()].flat().map((d) => stringify(d, { lineWidth: 0 })).join("---\n");

  it("reads back the same records from one YAML file", () => {
    const again = importFiles([{ name: "catalog-info.yaml", text: yaml }]);
    expect(again.errors).toEqual([]);
    expect(withoutOrigin(sortByKey(again.records))).toEqual(withoutOrigin(sortByKey(first)));
  });

  it("files each team's records with the team and the labels apart", () => {
    expect([...files.keys()].sort()).toEqual(["_groupings", "_unowned", "acme-corp", "backstage", "boxoffice", "infrastructure", "team-a", "team-b", "team-c", "team-d"]);
    expect(files.get("_groupings")!.map((d) => `${d.kind}:${String(d.metadata.name)}`)).toEqual([
      "Domain:artists", "Domain:playback", "System:artist-engagement-portal", "System:audio-playback", "System:podcast",
    ]);
  });

  it("exports a Junction-made interface as an API that keeps its key", () => {
    const data = stored(first);
    data.interfaces.push({ ...data.interfaces[0], key: "orders-feed", name: "Orders feed", sourceRef: null, style: "MESSAGE_QUEUE", mode: "ASYNC", contractFormat: "NONE", contract: null, contractUrl: null });
    const text = [...buildBackstageEntities(data).values()].flat().map((d) => stringify(d)).join("---\n");
    const again = importFiles([{ name: "c.yaml", text }]).records.interfaces.find((i) => i.key === "orders-feed");
    expect(again).toMatchObject({ name: "Orders feed", style: "MESSAGE_QUEUE", mode: "ASYNC", sourceRef: `api:default/orders-feed>component:default/${data.interfaces[0].consumerSystemId}` });
  });
});
