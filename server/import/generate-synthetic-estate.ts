// A large, random-but-deterministic estate for load and UI testing (`npm run seed:synthetic`).
// Every key starts with "syn-" and every email ends with SYNTHETIC_EMAIL_DOMAIN, so the set never
// collides with the demo estate and can be found again to be removed.
import type { InterfaceStyle, Layer, SystemKind } from "../generated/prisma/enums";
import type { TEstate, TEstateInterface, TEstatePerson, TEstateSystem, TEstateTeam } from "./estate-types";
import { createRng } from "../../lib/prng";
import * as V from "./synthetic-vocabulary";
import { syntheticInterfaceDetails } from "./synthetic-interface-details";

export const SYNTHETIC_PREFIX = "syn-";
export const SYNTHETIC_EMAIL_DOMAIN = "synthetic.junction.example";

export type GenerateSyntheticEstateOptions = {
  systems: number;
  seed?: number;
  /** Average interfaces per system (default 4; the topology benchmark uses 5). */
  interfacesPerSystem?: number;
};

const PEOPLE_PER_TEAM = 5;
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const ascii = (s: string) => s.normalize("NFD").replace(/[^a-z]/gi, "").toLowerCase();

function layerOf(kind: SystemKind, presentation: boolean): Layer {
  if (kind === "DATABASE" || kind === "DATA_PLATFORM") return "DATA";
  if (["MESSAGE_BROKER", "MONITORING", "SCHEDULER", "CI_CD", "GATEWAY", "IOT"].includes(kind)) return "INFRASTRUCTURE";
  return presentation ? "PRESENTATION" : "BUSINESS";
}

export function generateSyntheticEstate({ systems: count, seed = 20261123, interfacesPerSystem = 4 }: GenerateSyntheticEstateOptions): TEstate {
  const rng = createRng(seed);
  const teamCount = Math.max(8, Math.floor(count / 100));

  const users: TEstatePerson[] = [];
  const teams: TEstateTeam[] = [];
  for (let t = 0; t < teamCount; t++) {
    const key = `${SYNTHETIC_PREFIX}team-${pad(t + 1, 4)}`;
    const members = Array.from({ length: PEOPLE_PER_TEAM }, (_, m) => {
      const first = rng.pick(V.FIRST_NAMES);
      const last = rng.pick(V.LAST_NAMES);
      const email = `${ascii(first)}.${ascii(last)}.${users.length + 1}@${SYNTHETIC_EMAIL_DOMAIN}`;
      // A few people have left: ownership that points at them is what the console should expose.
      users.push({ email, name: `${first} ${last}`, active: !rng.chance(0.04) });
      return { email, role: m === 0 ? ("LEAD" as const) : ("MEMBER" as const) };
    });
    const slug = key.slice(SYNTHETIC_PREFIX.length);
    teams.push({
      key,
      name: `${rng.pick(V.TEAM_AREAS)} ${t + 1}`,
      contactEmail: `${slug}@${SYNTHETIC_EMAIL_DOMAIN}`,
      chatChannel: `#${slug}`,
      onCall: rng.chance(0.8) ? `pagerduty:${slug}` : null,
      members,
    });
  }

  const systems: TEstateSystem[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rng.weighted(V.KIND_WEIGHTS);
    const area = rng.pick(V.AREAS);
    const key = `${SYNTHETIC_PREFIX}${area}-${V.KIND_SUFFIX[kind]}-${pad(i + 1, 5)}`;
    const team = rng.chance(0.95) ? teams[rng.int(teams.length)] : undefined;
    const saas = kind === "SAAS";
    const members = team?.members ?? [];
    systems.push({
      key,
      name: `${area[0].toUpperCase()}${area.slice(1)} ${V.KIND_SUFFIX[kind]} ${i + 1}`,
      description: `${saas ? "Third-party" : "In-house"} ${kind.toLowerCase().replace("_", " ")} for ${area}`,
      kind,
      layer: layerOf(kind, rng.chance(0.2)),
      tier: Number(rng.weighted({ 0: 5, 1: 20, 2: 50, 3: 25 })),
      lifecycle: rng.weighted({ ACTIVE: 85, PLANNED: 5, DEPRECATED: 7, RETIRED: 3 }),
      vendor: saas ? rng.pick(V.SAAS_VENDORS) : null,
      isThirdParty: saas,
      team: team?.key ?? null,
      technicalOwner: members.length && rng.chance(0.9) ? rng.pick(members).email : null,
      businessOwner: members.length && rng.chance(0.6) ? members[0].email : null,
      tags: [...new Set([rng.pick(V.TAGS), rng.pick(V.TAGS)])].slice(0, 1 + rng.int(2)),
      docsUrl: rng.chance(0.8) ? `https://docs.synthetic.junction.example/${key}` : null,
      repoUrl: !saas && rng.chance(0.85) ? `https://git.synthetic.junction.example/${team?.key ?? "orphans"}/${key}` : null,
      runbookUrl: rng.chance(0.6) ? `https://runbooks.synthetic.junction.example/${key}` : null,
    });
  }

  const brokers = systems.filter((s) => s.kind === "MESSAGE_BROKER");
  const interfaces: TEstateInterface[] = [];
  const pairs = new Set<string>();
  const target = count < 2 ? 0 : Math.min(Math.round(interfacesPerSystem * count), (count * (count - 1)) / 2);
  while (interfaces.length < target) {
    // Providers always come before consumers in the list, so the graph has no cycles, and the
    // squared draw favours early systems: a few hubs with many dependents, as in real estates.
    const consumer = 1 + rng.int(count - 1);
    const provider = Math.floor(consumer * rng.next() ** 2);
    if (pairs.has(`${provider}:${consumer}`)) continue;
    pairs.add(`${provider}:${consumer}`);
    const p = systems[provider];
    const c = systems[consumer];
    const style: InterfaceStyle = rng.weighted(V.STYLE_WEIGHTS);
    const n = interfaces.length + 1;
    interfaces.push({
      key: `${SYNTHETIC_PREFIX}if-${pad(n, 6)}`,
      ...syntheticInterfaceDetails({ rng, style, provider: p, consumer: c, brokers, n }),
      provider: p.key,
      consumer: c.key,
      tier: Math.max(p.tier ?? 2, c.tier ?? 2),
      lifecycle: p.lifecycle === "RETIRED" || c.lifecycle === "RETIRED" ? "RETIRED" : "ACTIVE",
      team: p.team ?? null,
      technicalOwner: p.technicalOwner ?? null,
    });
  }
  return { teams, users, systems, interfaces };
}
