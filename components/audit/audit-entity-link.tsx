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
export function entityLabel(entry: TAuditEntry): string {
  const snapshot = entry.after ?? entry.before ?? {};
  const name = [snapshot.name, snapshot.key, snapshot.email].find((v) => typeof v === "string" && v !== "");
  return typeof name === "string" ? name : entry.entityId;
}

/** Type and name, linked to the record's page (which says "not found" if it is gone). Tokens have no page. */
export function AuditEntityLink({ entry }: { entry: TAuditEntry }) {
  const { m } = useI18n();
  const base = ROUTES[entry.entityType];
  const label = entityLabel(entry);
  return (
    <span className="flex flex-col">
      <span className="text-xs text-slate-500">{m.enums.EntityType[entry.entityType]}</span>
      {base ? <Link href={`${base}/${entry.entityId}`} className="text-indigo-700 hover:underline">{label}</Link> : <span>{label}</span>}
    </span>
  );
}
