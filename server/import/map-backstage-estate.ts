// Maps a Backstage-style catalog export (../shared/data/estate-5k.json) onto a Junction estate:
// each group → a team, each component → a system owned by its group, and each `A.dependsOn B`
// → an interface with provider B and consumer A (A consumes what B provides). Backstage "System"
// entities are groupings, not deployables: they become a tag on their components.
import type { Layer, Lifecycle, SystemKind } from "../generated/prisma/enums";
import type { TEstate, TEstateInterface } from "./estate-types";

export type TBackstageEstate = {
  groups: { name: string }[];
  systems?: { name: string; owner: string }[];
  components: { name: string; type: string; lifecycle: string; owner: string; system?: string; dependsOn?: string[] }[];
};

// Backstage's well-known component types; anything else is OTHER.
const KINDS: Record<string, { kind: SystemKind; layer: Layer }> = {
  service: { kind: "BUSINESS_APP", layer: "BUSINESS" },
  website: { kind: "BUSINESS_APP", layer: "PRESENTATION" },
  library: { kind: "OTHER", layer: "BUSINESS" },
  database: { kind: "DATABASE", layer: "DATA" },
  queue: { kind: "MESSAGE_BROKER", layer: "INFRASTRUCTURE" },
};

const LIFECYCLES: Record<string, Lifecycle> = {
  experimental: "PLANNED",
  production: "ACTIVE",
  deprecated: "DEPRECATED",
};

export function mapBackstageEstate(source: TBackstageEstate): TEstate {
  const teams = source.groups.map((g) => ({ key: g.name, name: g.name }));
  const ownerOf = new Map(source.components.map((c) => [c.name, c.owner]));
  const systems = source.components.map((c) => ({
    key: c.name,
    name: c.name,
    ...(KINDS[c.type] ?? { kind: "OTHER" as const, layer: "BUSINESS" as const }),
    lifecycle: LIFECYCLES[c.lifecycle] ?? "ACTIVE",
    team: c.owner,
    tags: c.system ? [c.system] : [],
  }));
  const interfaces: TEstateInterface[] = [];
  for (const consumer of source.components) {
    for (const provider of consumer.dependsOn ?? []) {
      interfaces.push({
        key: `${provider}-to-${consumer.name}`,
        name: `${provider} → ${consumer.name}`,
        style: "REST",
        mode: "SYNC",
        provider,
        consumer: consumer.name,
        // The provider answers for what it offers, as the owner model asks.
        team: ownerOf.get(provider) ?? null,
      });
    }
  }
  return { teams, users: [], systems, interfaces };
}
