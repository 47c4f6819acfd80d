// Loads an estate through the public API, one POST per record, sequentially — the way an
// integration script would, and what bench:memory measures the server under: teams, then systems,
// then interfaces (each refers to what came before by the id the API returned).
import type { TEstate } from "../../server/import/estate-types";

export type ApiLoadProgress = (done: number, total: number) => void;

async function post(base: string, token: string, path: string, body: unknown): Promise<{ id: string }> {
  const res = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`POST ${path} → ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as { id: string };
}

/** Creates every team, system and interface of `estate`; returns how many requests it made. */
export async function loadEstateThroughApi(
  base: string,
  token: string,
  estate: TEstate,
  onProgress?: ApiLoadProgress,
): Promise<number> {
  const total = estate.teams.length + estate.systems.length + estate.interfaces.length;
  let done = 0;
  const step = () => onProgress?.(++done, total);
  const teamId = new Map<string, string>();
  for (const t of estate.teams) {
    teamId.set(t.key, (await post(base, token, "/api/v1/teams", { key: t.key, name: t.name })).id);
    step();
  }
  const systemId = new Map<string, string>();
  for (const s of estate.systems) {
    const body = {
      key: s.key, name: s.name, kind: s.kind, layer: s.layer, lifecycle: s.lifecycle, tags: s.tags,
      teamId: s.team ? teamId.get(s.team) ?? null : null,
    };
    systemId.set(s.key, (await post(base, token, "/api/v1/systems", body)).id);
    step();
  }
  for (const i of estate.interfaces) {
    const body = {
      key: i.key, name: i.name, style: i.style, mode: i.mode,
      providerSystemId: systemId.get(i.provider), consumerSystemId: systemId.get(i.consumer),
      teamId: i.team ? teamId.get(i.team) ?? null : null,
    };
    await post(base, token, "/api/v1/interfaces", body);
    step();
  }
  return done;
}
