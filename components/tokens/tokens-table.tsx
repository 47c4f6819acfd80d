"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDateTime } from "@/lib/i18n/format";
import type { TApiToken } from "@/lib/schemas/token";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/feedback";
import { RevokeTokenButton } from "./revoke-token-button";

const noSort = () => {};

export function TokensTable({ tokens }: { tokens: TApiToken[] }) {
  const { m, locale } = useI18n();
  const t = m.tokens;
  const columns: Column<TApiToken>[] = [
    { id: "name", header: t.columns.name, cell: (k) => <span className={k.revokedAt ? "text-slate-500" : "font-medium"}>{k.name}</span> },
    { id: "prefix", header: t.columns.prefix, cell: (k) => <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">jct_{k.prefix}…</code> },
    { id: "createdAt", header: t.columns.createdAt, className: "whitespace-nowrap", cell: (k) => formatDateTime(k.createdAt, locale) },
    {
      id: "lastUsedAt", header: t.columns.lastUsedAt, className: "whitespace-nowrap",
      cell: (k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : <span className="text-slate-400">{t.never}</span>),
    },
    {
      id: "status", header: t.columns.status,
      cell: (k) => (k.revokedAt ? <Badge tone="red">{fmt(t.revokedAt, { at: formatDateTime(k.revokedAt, locale) })}</Badge> : <Badge tone="emerald">{t.active}</Badge>),
    },
    { id: "actions", header: "", className: "w-0 text-right", cell: (k) => (k.revokedAt ? null : <RevokeTokenButton token={k} />) },
  ];
  return <DataTable caption={t.caption} columns={columns} rows={tokens} rowKey={(k) => k.id} sort="" onSort={noSort} />;
}
