"use client";
import { useI18n } from "@/lib/i18n/client";
import type { THealthSource } from "@/lib/schemas/ingestion";
import { DataTable, type Column } from "@/components/ui/data-table";
import { CreatorCell, CredentialStatusCell, LastUsedCell } from "./credential-cells";
import { RevokeCredentialButton } from "./revoke-credential-button";

const noSort = () => {};

export function HealthSourcesTable({ sources }: { sources: THealthSource[] }) {
  const { m } = useI18n();
  const t = m.ingestion.sources;
  const columns: Column<THealthSource>[] = [
    { id: "name", header: t.columns.name, cell: (s) => <code className={s.revokedAt ? "text-slate-500" : "font-medium"}>{s.name}</code> },
    { id: "createdBy", header: t.columns.createdBy, cell: (s) => <CreatorCell creator={s.createdBy} /> },
    { id: "lastUsedAt", header: t.columns.lastUsedAt, className: "whitespace-nowrap", cell: (s) => <LastUsedCell at={s.lastUsedAt} /> },
    { id: "status", header: t.columns.status, cell: (s) => <CredentialStatusCell revokedAt={s.revokedAt} /> },
    { id: "actions", header: "", className: "w-0 text-right", cell: (s) => (s.revokedAt ? null : <RevokeCredentialButton kind="sources" id={s.id} name={s.name} />) },
  ];
  return <DataTable caption={t.caption} columns={columns} rows={sources} rowKey={(s) => s.id} sort="" onSort={noSort} />;
}
