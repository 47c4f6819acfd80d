"use client";
import { Fragment, useMemo, useState } from "react";
import { IMPORT_ACTIONS, IMPORT_ENTITIES, type TImportChange } from "@/lib/schemas/interop";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt } from "@/lib/i18n/format";
import { filterChanges, pageOf, showValue, type ChangeFilter } from "@/lib/interop/import-view";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/feedback";
import { Input, Select } from "@/components/ui/field";
import { Card } from "@/components/ui/page-header";
import { PAGE_SIZES, Pagination } from "@/components/ui/data-table";

const TONES = { create: "emerald", update: "indigo", unchanged: "slate", delete: "amber", invalid: "red" } as const;

/** Every record's planned action: filter by kind and action, search by key, page; an update opens its fields' before and after. */
export function ImportChanges({ changes }: { changes: TImportChange[] }) {
  const { m, locale } = useI18n();
  const t = m.interop.changes;
  const [filter, setFilter] = useState<ChangeFilter>({ entity: "", action: "", search: "" });
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[0]);
  const [open, setOpen] = useState<string | null>(null);
  const shown = useMemo(() => filterChanges(changes, filter), [changes, filter]);
  const { rows, page: current } = pageOf(shown, page, pageSize);
  const set = (f: Partial<ChangeFilter>) => {
    setFilter({ ...filter, ...f });
    setPage(1);
  };

  return (
    <Card title={t.title}>
      <div role="search" aria-label={t.title} className="mb-3 flex flex-wrap items-end gap-3">
        <label className="w-40 space-y-1 text-sm">
          <span className="block font-medium text-slate-700">{t.entity}</span>
          <Select value={filter.entity} onChange={(e) => set({ entity: e.target.value as ChangeFilter["entity"] })}>
            <option value="">{t.all}</option>
            {IMPORT_ENTITIES.map((e) => <option key={e} value={e}>{m.interop.entities[e]}</option>)}
          </Select>
        </label>
        <label className="w-40 space-y-1 text-sm">
          <span className="block font-medium text-slate-700">{t.action}</span>
          <Select value={filter.action} onChange={(e) => set({ action: e.target.value as ChangeFilter["action"] })}>
            <option value="">{t.all}</option>
            {IMPORT_ACTIONS.map((a) => <option key={a} value={a}>{m.interop.actions[a]}</option>)}
          </Select>
        </label>
        <label className="w-56 space-y-1 text-sm">
          <span className="block font-medium text-slate-700">{t.search}</span>
          <Input type="search" value={filter.search} onChange={(e) => set({ search: e.target.value })} />
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="py-4 text-sm text-slate-500">{t.none}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t.caption}</caption>
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t.entity}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t.key}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t.action}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t.fields}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((c) => {
                const id = `${c.entity}:${c.key}`;
                const expanded = open === id;
                return (
                  <Fragment key={id}>
                    <tr>
                      <td className="px-3 py-1.5 text-slate-600">{m.interop.entities[c.entity]}</td>
                      <td className="px-3 py-1.5 font-mono text-slate-900">{c.key}</td>
                      <td className="px-3 py-1.5"><Badge tone={TONES[c.action]}>{m.interop.actions[c.action]}</Badge></td>
                      <td className="px-3 py-1.5">
                        {c.fields?.length ? (
                          <Button variant="ghost" aria-expanded={expanded} aria-controls={`fields-${id}`}
                            aria-label={fmt(expanded ? t.hideFields : t.showFields, { key: c.key })} onClick={() => setOpen(expanded ? null : id)}>
                            {countLabel(locale, c.fields.length, t.fieldCount)} {expanded ? "▴" : "▾"}
                          </Button>
                        ) : "—"}
                      </td>
                    </tr>
                    {expanded && c.fields && (
                      <tr id={`fields-${id}`}>
                        <td colSpan={4} className="bg-slate-50 px-3 py-2">
                          <table className="text-xs">
                            <thead className="text-left text-slate-500">
                              <tr><th scope="col" className="pr-4">{t.field}</th><th scope="col" className="pr-4">{t.before}</th><th scope="col">{t.after}</th></tr>
                            </thead>
                            <tbody>
                              {c.fields.map((f) => (
                                <tr key={f.field}>
                                  <th scope="row" className="pr-4 text-left font-mono font-normal text-slate-700">{f.field}</th>
                                  <td className="pr-4 text-red-800 line-through decoration-red-300">{showValue(f.before)}</td>
                                  <td className="text-emerald-800">{showValue(f.after)}</td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {shown.length > PAGE_SIZES[0] && (
        <Pagination label={t.pages} page={current} pageSize={pageSize} total={shown.length} onPage={setPage}
          onPageSize={(s) => { setPageSize(s); setPage(1); }} />
      )}
    </Card>
  );
}
