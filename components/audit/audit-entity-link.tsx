"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import type { TAuditEntry } from "@/lib/schemas/audit";

const ROUTES: Partial<Record<TAuditEntry["entityType"], string>> = {
  SYSTEM: "/systems",
  INTERFACE: "/interfaces",
  TEAM: "/teams",
  USER: "/people",
};

/** The record's name as the entry recorded it (it may have been renamed or deleted since). */
export function entityLabel(entry: TAuditEntry, settings: Record<string, string> = {}): string {
  if (entry.entityType === "SETTING") return settings[entry.entityId] ?? entry.entityId;
  const snapshot = entry.after ?? entry.before ?? {};
  const name = [snapshot.name, snapshot.key, snapshot.email].find((v) => typeof v === "string" && v !== "");
  return typeof name === "string" ? name : entry.entityId;
}

/** Where a setting is changed: its page rather than a record's. */
const SETTING_PAGES: Record<string, string> = { "ownership.busFactorThreshold": "/ownership" };

const hrefOf = (entry: TAuditEntry) => {
  if (entry.entityType === "SETTING") return SETTING_PAGES[entry.entityId];
  const base = ROUTES[entry.entityType];
  return base && `${base}/${entry.entityId}`;
};

/** Type and name, linked to the record's page (which says "not found" if it is gone). Tokens have no page. */
export function AuditEntityLink({ entry }: { entry: TAuditEntry }) {
  const { m } = useI18n();
  const href = hrefOf(entry);
  const label = entityLabel(entry, m.audit.settings);
  return (
    <span className="flex flex-col">
      <span className="text-xs text-slate-500">{m.enums.EntityType[entry.entityType]}</span>
      {href ? <Link href={href} className="text-indigo-700 hover:underline">{label}</Link> : <span>{label}</span>}
    </span>
  );
}
