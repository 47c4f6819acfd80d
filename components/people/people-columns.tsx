"use client";
import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";
import { formatDateTime } from "@/lib/i18n/format";
import type { Column } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/feedback";
import { ActiveBadge } from "./active-badge";
import { isFullRecord, type Person } from "./types";

type Options = { m: Messages; locale: string; full: boolean; currentUserId: string };

/** The directory's columns: admins also see role, last sign-in and when the person was added. */
export function peopleColumns({ m, locale, full, currentUserId }: Options): Column<Person>[] {
  const c = m.people.columns;
  const columns: Column<Person>[] = [
    {
      id: "name", header: c.name, sort: "name",
      cell: (p) => (
        <span className="inline-flex items-center gap-1.5">
          <Link href={`/people/${p.id}`} className="font-medium text-indigo-700 hover:underline">{p.name}</Link>
          {p.id === currentUserId && <Badge>{m.people.you}</Badge>}
        </span>
      ),
    },
    { id: "email", header: c.email, sort: "email", cell: (p) => <span className="text-slate-600">{p.email}</span> },
  ];
  if (full) columns.push({ id: "role", header: c.role, cell: (p) => (isFullRecord(p) ? m.enums.Role[p.role] : "—") });
  columns.push({ id: "status", header: c.status, cell: (p) => <ActiveBadge active={p.active} /> });
  if (full) {
    columns.push(
      {
        id: "lastLoginAt", header: c.lastLoginAt, sort: "lastLoginAt", className: "whitespace-nowrap",
        cell: (p) => (isFullRecord(p) && p.lastLoginAt ? formatDateTime(p.lastLoginAt, locale) : <span className="text-slate-400">{m.people.never}</span>),
      },
      {
        id: "createdAt", header: c.createdAt, sort: "createdAt", className: "whitespace-nowrap",
        cell: (p) => (isFullRecord(p) ? formatDateTime(p.createdAt, locale) : "—"),
      },
    );
  }
  return columns;
}
