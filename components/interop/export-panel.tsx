"use client";
import { useState, useSyncExternalStore } from "react";
import { useQuery } from "@tanstack/react-query";
import { IMPORT_ENTITIES } from "@/lib/schemas/interop";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { toQuery } from "@/lib/api-client";
import { teamListQuery } from "@/lib/queries/teams";
import { Field, Select } from "@/components/ui/field";
import { Card } from "@/components/ui/page-header";

const noSubscription = () => () => {};
const LINK = "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500";

/** Downloads, for everyone who can read the catalog: Backstage YAML (all or one team), a zip by team, and spreadsheets per kind (headers in the reader's language). */
export function ExportPanel() {
  const { m, locale } = useI18n();
  const t = m.interop.export;
  const [team, setTeam] = useState("");
  const teams = useQuery(teamListQuery({ pageSize: 200, sort: "name" }));
  const yaml = `/api/v1/export/backstage.yaml${toQuery({ team })}`;
  // The server renders without an origin; the browser fills in its own after hydration.
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t.intro}</p>
      <Card title={t.backstage}>
        <p className="mb-3 text-sm text-slate-500">{t.backstageHint}</p>
        <div className="flex flex-wrap items-end gap-3">
          <div className="w-64">
            <Field label={t.team}>
              {(id) => (
                <Select id={id} value={team} onChange={(e) => setTeam(e.target.value)}>
                  <option value="">{t.teamAll}</option>
                  {teams.data?.items.map((x) => <option key={x.id} value={x.key}>{x.name} ({x.key})</option>)}
                </Select>
              )}
            </Field>
          </div>
          <a className={LINK} href={yaml} download>{team ? `${team}.yaml` : t.yaml}</a>
          <a className={LINK} href="/api/v1/export/backstage.zip" download>{t.zip}</a>
        </div>
        <p className="mt-3 text-xs text-slate-500">{t.location}</p>
        <code className="mt-1 block break-all rounded bg-slate-50 px-2 py-1 text-xs text-slate-800">{origin}{yaml}</code>
      </Card>
      <Card title={t.table}>
        <p className="mb-3 text-sm text-slate-500">{t.tableHint}</p>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {IMPORT_ENTITIES.map((entity) => (
            <li key={entity} className="flex flex-wrap gap-2">
              {(["csv", "xlsx"] as const).map((format) => (
                <a key={format} className={LINK} download href={`/api/v1/export/table${toQuery({ entity, format, lang: locale })}`}>
                  {fmt(t.download, { entity: m.interop.entities[entity], format: format.toUpperCase() })}
                </a>
              ))}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
