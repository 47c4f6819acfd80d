"use client";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { alertListQuery } from "@/lib/queries/alerts";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import { SeverityBadge } from "./severity-badge";
import { MaintenanceBadge, useInMaintenance } from "./maintenance-badge";

type Props = { subject: "systems" | "interfaces"; id: string };

/** On a record's Health section: its open alerts (the worst few, linked) and whether it is in maintenance. */
export function RecordAlerts({ subject, id }: Props) {
  const { m, locale } = useI18n();
  const filter = subject === "systems" ? "systemId" : "interfaceId";
  const query = useQuery(alertListQuery({ [filter]: id, pageSize: 3, page: 1, sort: "severity" }));
  const maintenance = useInMaintenance();
  const open = query.data ? query.data.counts.FIRING + query.data.counts.ACKNOWLEDGED : 0;
  const inMaintenance = subject === "systems" && maintenance.has(id);
  if (!open && !inMaintenance) return null;
  return (
    <div className="space-y-1 text-sm" data-testid="record-alerts">
      <div className="flex flex-wrap items-center gap-2">
        {open > 0 && (
          <Link href={`/alerts?${filter}=${id}`} className="font-medium text-red-700 hover:underline">
            {countLabel(locale, open, m.topology.node.alerts)}
          </Link>
        )}
        {inMaintenance && <MaintenanceBadge />}
      </div>
      {open > 0 && (
        <ul className="space-y-0.5">
          {query.data!.items.map((a) => (
            <li key={a.id} className="flex items-center gap-1.5 text-xs">
              <SeverityBadge severity={a.severity} />
              {a.incident ? <Link href={`/alerts/incidents/${a.incident.number}`} className="hover:underline">{a.title}</Link> : a.title}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
