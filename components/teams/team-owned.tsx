"use client";
import type { ReactNode } from "react";
import Link from "next/link";
import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import type { TPage } from "@/lib/schemas/common";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Card } from "@/components/ui/page-header";
import { QueryState } from "@/components/catalog/query-state";
import { SystemSummaryTable } from "@/components/systems/system-summary-table";
import { systemListQuery } from "@/components/systems/system-queries";
import { InterfaceSummaryTable } from "@/components/interfaces/interface-summary-table";
import { interfaceListQuery } from "@/components/interfaces/interface-queries";

const PREVIEW = { pageSize: 10, sort: "name" } as const;

function Owned<T>({ title, query, href, children }: { title: string; query: UseQueryResult<TPage<T>>; href: string; children: (rows: T[]) => ReactNode }) {
  const { m } = useI18n();
  const total = query.data?.total;
  return (
    <Card title={<>{title}{total !== undefined && <span className="ml-1 font-normal text-slate-500">({total})</span>}</>}
      actions={total !== undefined && total > PREVIEW.pageSize && (
        <Link href={href} className="text-sm text-indigo-700 hover:underline">{fmt(m.teams.detail.viewAll, { count: total })}</Link>
      )}>
      <QueryState query={query}>
        {(page) => page.total === 0 ? <p className="text-sm text-slate-500">{m.teams.detail.noneOwned}</p> : children(page.items)}
      </QueryState>
    </Card>
  );
}

/** The systems and interfaces a team owns (first ten of each, with a link to the filtered list). */
export function TeamOwned({ teamId }: { teamId: string }) {
  const { m } = useI18n();
  const d = m.teams.detail;
  const systems = useQuery(systemListQuery({ ...PREVIEW, teamId }));
  const interfaces = useQuery(interfaceListQuery({ ...PREVIEW, teamId }));
  return (
    <>
      <Owned title={d.ownedSystems} query={systems} href={`/systems?teamId=${teamId}`}>
        {(rows) => <SystemSummaryTable rows={rows} caption={d.ownedSystems} />}
      </Owned>
      <Owned title={d.ownedInterfaces} query={interfaces} href={`/interfaces?teamId=${teamId}`}>
        {(rows) => <InterfaceSummaryTable rows={rows} caption={d.ownedInterfaces} />}
      </Owned>
    </>
  );
}
