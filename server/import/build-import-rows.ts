// Turns a normalized estate into rows ready for createMany: ids are assigned here, references by
// key/email are resolved to those ids, and one IMPORT audit row is prepared per created record.
// Pure (no database), so a dangling reference is reported before a transaction is opened.
import type { AuditAction, EntityType } from "../generated/prisma/enums";
import type { TEstate } from "./estate-types";
import { newId } from "./new-id";

/** Stored for people who only appear as owners: not a valid argon2 hash, so no password matches. */
export const NO_PASSWORD = "!";

export type AuditRow = {
  id: string;
  actorUserId: null;
  actorTokenId: null;
  actorLabel: string;
  action: AuditAction;
  entityType: EntityType;
  entityId: string;
  before?: object;
  after?: object;
};

export type BuildImportRowsOptions = {
  estate: TEstate;
  actorLabel: string;
  /** People already in the database, by email: referenced, never created again. */
  existingUsers: Map<string, string>;
};

export function buildImportRows({ estate, actorLabel, existingUsers }: BuildImportRowsOptions) {
  const problems: string[] = [];
  const audit: AuditRow[] = [];
  const record = (entityType: EntityType, entityId: string, after: object) =>
    audit.push({ id: newId(), actorUserId: null, actorTokenId: null, actorLabel, action: "IMPORT", entityType, entityId, after });

  const userIds = new Map(existingUsers);
  const users = [];
  for (const p of estate.users) {
    const email = p.email.toLowerCase();
    if (userIds.has(email)) continue;
    const row = { id: newId(), email, name: p.name, role: p.role ?? "VIEWER", active: p.active ?? true, locale: p.locale ?? "en" };
    userIds.set(email, row.id);
    users.push({ ...row, passwordHash: p.passwordHash ?? NO_PASSWORD });
    record("USER", row.id, row); // the snapshot leaves the hash out on purpose
  }

  const resolver = (kind: string, ids: Map<string, string>) => (ref: string | null | undefined, where: string) => {
    if (ref == null) return null;
    const id = ids.get(kind === "person" ? ref.toLowerCase() : ref);
    if (!id) problems.push(`${where}: unknown ${kind} "${ref}"`);
    return id ?? null;
  };
  const person = resolver("person", userIds);
  const unique = (kind: string, keys: string[]) => {
    const ids = new Map<string, string>();
    for (const key of keys) {
      if (ids.has(key)) problems.push(`duplicate ${kind} key "${key}"`);
      ids.set(key, newId());
    }
    return ids;
  };

  const teamIds = unique("team", estate.teams.map((t) => t.key));
  const team = resolver("team", teamIds);
  const teams = [];
  const members = [];
  for (const t of estate.teams) {
    const row = {
      id: teamIds.get(t.key)!, key: t.key, name: t.name, description: t.description ?? "",
      contactEmail: t.contactEmail ?? null, chatChannel: t.chatChannel ?? null, onCall: t.onCall ?? null,
    };
    const teamMembers = (t.members ?? []).map((m) => ({ teamId: row.id, userId: person(m.email, `team ${t.key}`) ?? "", role: m.role }));
    teams.push(row);
    members.push(...teamMembers);
    record("TEAM", row.id, { ...row, members: teamMembers.map(({ userId, role }) => ({ userId, role })) });
  }

  const systemIds = unique("system", estate.systems.map((s) => s.key));
  const system = resolver("system", systemIds);
  const systems = estate.systems.map((s) => {
    const where = `system ${s.key}`;
    const row = {
      id: systemIds.get(s.key)!, key: s.key, name: s.name, description: s.description ?? "", kind: s.kind, layer: s.layer,
      tier: s.tier ?? 2, lifecycle: s.lifecycle ?? "ACTIVE", vendor: s.vendor ?? null, isThirdParty: s.isThirdParty ?? false,
      teamId: team(s.team, where), technicalOwnerId: person(s.technicalOwner, where), businessOwnerId: person(s.businessOwner, where),
      tags: s.tags ?? [], docsUrl: s.docsUrl ?? null, repoUrl: s.repoUrl ?? null, runbookUrl: s.runbookUrl ?? null,
      monitoringUrl: s.monitoringUrl ?? null,
    };
    record("SYSTEM", row.id, row);
    return row;
  });

  const interfaceIds = unique("interface", estate.interfaces.map((i) => i.key));
  const interfaces = estate.interfaces.map((i) => {
    const where = `interface ${i.key}`;
    const row = {
      id: interfaceIds.get(i.key)!, key: i.key, name: i.name, description: i.description ?? "", style: i.style, mode: i.mode,
      providerSystemId: system(i.provider, where) ?? "", consumerSystemId: system(i.consumer, where) ?? "",
      viaSystemId: system(i.via, where), endpoint: i.endpoint ?? null, dataObjects: i.dataObjects ?? [],
      authMethod: i.authMethod ?? "NONE", contractFormat: i.contractFormat ?? "NONE", contractUrl: i.contractUrl ?? null,
      deliveryGuarantee: i.deliveryGuarantee ?? null, idempotent: i.idempotent ?? null, retryPolicy: i.retryPolicy ?? null,
      deadLetterQueue: i.deadLetterQueue ?? null, tlsInTransit: i.tlsInTransit ?? null,
      tier: i.tier ?? 2, lifecycle: i.lifecycle ?? "ACTIVE", teamId: team(i.team, where), technicalOwnerId: person(i.technicalOwner, where),
    };
    record("INTERFACE", row.id, row);
    return row;
  });

  return { users, teams, members, systems, interfaces, audit, problems };
}
