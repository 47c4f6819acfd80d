"use client";
import { useI18n } from "@/lib/i18n/client";
import type { TMachineToken } from "@/lib/schemas/ingestion";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/feedback";
import { CreatorCell, CredentialStatusCell, LastUsedCell } from "./credential-cells";
import { RevokeCredentialButton } from "./revoke-credential-button";

const noSort = () => {};

export function MachineTokensTable({ tokens }: { tokens: TMachineToken[] }) {
  const { m } = useI18n();
  const t = m.ingestion.tokens;
  const columns: Column<TMachineToken>[] = [
    { id: "name", header: t.columns.name, cell: (k) => <span className={k.revokedAt ? "text-slate-500" : "font-medium"}>{k.name}</span> },
    { id: "scope", header: t.columns.scope, cell: (k) => <Badge tone={k.scope === "INGEST" ? "indigo" : "slate"}>{t.scopes[k.scope]}</Badge> },
    { id: "prefix", header: t.columns.prefix, cell: (k) => <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">jct_{k.prefix}…</code> },
    { id: "createdBy", header: t.columns.createdBy, cell: (k) => <CreatorCell creator={k.createdBy} /> },
    { id: "lastUsedAt", header: t.columns.lastUsedAt, className: "whitespace-nowrap", cell: (k) => <LastUsedCell at={k.lastUsedAt} /> },
    { id: "status", header: t.columns.status, cell: (k) => <CredentialStatusCell revokedAt={k.revokedAt} /> },
    { id: "actions", header: "", className: "w-0 text-right", cell: (k) => (k.revokedAt ? null : <RevokeCredentialButton kind="tokens" id={k.id} name={k.name} />) },
  ];
  return <DataTable caption={t.caption} columns={columns} rows={tokens} rowKey={(k) => k.id} sort="" onSort={noSort} />;
}
