import { describe, expect, it } from "vitest";
import { buildImportRows } from "../import/build-import-rows";
import { buildDemoEstate, DEMO_ACCOUNTS } from "./seed-demo";
import { DEMO_HISTORY } from "./demo-estate-history";
import { DEMO_MONITORING, DEMO_RELIABILITY } from "./demo-estate-reliability";

describe("the demo estate", () => {
  const estate = buildDemoEstate("$argon2id$test");
  const systems = new Map(estate.systems.map((s) => [s.key, s]));

  it("is large and varied enough: ≥ 40 systems, ≥ 80 interfaces, ≥ 8 teams, ≥ 20 people", () => {
    expect(estate.systems.length).toBeGreaterThanOrEqual(40);
    expect(estate.interfaces.length).toBeGreaterThanOrEqual(80);
    expect(estate.teams.length).toBeGreaterThanOrEqual(8);
    expect(estate.users.length).toBeGreaterThanOrEqual(20);
    expect(new Set(estate.systems.map((s) => s.layer))).toEqual(new Set(["PRESENTATION", "BUSINESS", "DATA", "INFRASTRUCTURE"]));
    expect(new Set(estate.systems.map((s) => s.lifecycle ?? "ACTIVE")).size).toBe(4);
    expect(new Set(estate.interfaces.map((i) => i.style)).size).toBe(10);
    expect(new Set(estate.interfaces.map((i) => i.mode))).toEqual(new Set(["SYNC", "ASYNC"]));
  });

  it("keeps the three demo accounts, one per role, with the shared password hash", () => {
    for (const a of DEMO_ACCOUNTS) {
      expect(estate.users).toContainEqual({ email: a.email, name: a.name, role: a.role, passwordHash: "$argon2id$test" });
    }
  });

  it("gives every team exactly one lead", () => {
    for (const t of estate.teams) expect(t.members?.filter((m) => m.role === "LEAD")).toHaveLength(1);
  });

  it("routes queue and topic messages through a message broker", () => {
    for (const i of estate.interfaces.filter((x) => x.style === "MESSAGE_QUEUE" || x.style === "EVENT_STREAM")) {
      if (i.via) expect(systems.get(i.via)?.kind).toBe("MESSAGE_BROKER");
    }
    const brokered = estate.interfaces.filter((i) => i.via && systems.get(i.via)?.kind === "MESSAGE_BROKER");
    expect(brokered.length).toBeGreaterThanOrEqual(20);
  });

  it("leaves a few deliberate ownership gaps, and owns most systems", () => {
    const noTeam = estate.systems.filter((s) => !s.team);
    const noOwner = estate.systems.filter((s) => !s.technicalOwner);
    expect(noTeam.length).toBeGreaterThan(0);
    expect(noOwner.length).toBeGreaterThan(0);
    expect(noTeam.length + noOwner.length).toBeLessThan(estate.systems.length / 4);
  });

  it("resolves every reference and has no self-loops", () => {
    expect(buildImportRows({ estate, actorLabel: "seed", existingUsers: new Map() }).problems).toEqual([]);
    expect(estate.interfaces.filter((i) => i.provider === i.consumer)).toEqual([]);
  });

  it("records reliability facts on part of the estate, names only records that exist, and leaves gaps", () => {
    const interfaceKeys = new Set(estate.interfaces.map((i) => i.key));
    for (const key of Object.keys(DEMO_RELIABILITY)) expect(interfaceKeys.has(key), key).toBe(true);
    for (const key of Object.keys(DEMO_MONITORING)) expect(systems.has(key), key).toBe(true);
    const messaging = estate.interfaces.filter((i) => i.style === "MESSAGE_QUEUE" || i.style === "EVENT_STREAM");
    // The model answer a standard looks for: at least once, idempotent consumer, a dead-letter queue.
    const exemplary = messaging.filter((i) => i.deliveryGuarantee === "AT_LEAST_ONCE" && i.idempotent === true && i.deadLetterQueue);
    expect(exemplary.length).toBeGreaterThanOrEqual(5);
    // And what it should find: messaging without a DLQ, facts never recorded, traffic in the clear.
    expect(messaging.filter((i) => !i.deadLetterQueue).length).toBeGreaterThan(0);
    expect(messaging.filter((i) => i.deliveryGuarantee == null).length).toBeGreaterThan(0);
    expect(estate.interfaces.filter((i) => i.idempotent === false).length).toBeGreaterThan(0);
    expect(estate.interfaces.filter((i) => i.tlsInTransit === false).length).toBeGreaterThan(0);
    const monitored = estate.systems.filter((s) => s.monitoringUrl);
    expect(monitored.length).toBeGreaterThanOrEqual(10);
    expect(monitored.length).toBeLessThan(estate.systems.length);
  });

  it("dates its history on records and people that exist, all in the past", () => {
    const teams = new Set(estate.teams.map((t) => t.key));
    const emails = new Set(estate.users.map((u) => u.email));
    const { teamsUntouched, systemsUntouched, systemsReviewed, lastSignIn } = DEMO_HISTORY;
    for (const key of Object.keys(teamsUntouched)) expect(teams).toContain(key);
    for (const key of [...Object.keys(systemsUntouched), ...Object.keys(systemsReviewed)]) expect(systems.has(key), key).toBe(true);
    for (const email of Object.keys(lastSignIn)) expect(emails).toContain(email);
    const days = [teamsUntouched, systemsUntouched, systemsReviewed, lastSignIn].flatMap((r) => Object.values(r));
    expect(days.every((d) => Number.isInteger(d) && d > 0)).toBe(true);
  });

  it("has a team gone quiet whose live systems run on: active people, none signed in or edited within 90 days", () => {
    const people = new Map(estate.users.map((u) => [u.email, u]));
    const quiet = estate.teams.filter((t) => (DEMO_HISTORY.teamsUntouched[t.key] ?? 0) > 90
      && t.members!.some((m) => people.get(m.email)?.active !== false)
      && t.members!.every((m) => (DEMO_HISTORY.lastSignIn[m.email] ?? Infinity) > 90));
    expect(quiet.map((t) => t.key)).toContain("smart-factory");
    const running = estate.systems.filter((s) => s.team === "smart-factory" && (s.lifecycle ?? "ACTIVE") === "ACTIVE");
    expect(running.length).toBeGreaterThan(0);
  });
});
