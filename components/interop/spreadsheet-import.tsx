"use client";
import { useState } from "react";
import { IMPORT_ENTITIES, type TImportEntity } from "@/lib/schemas/interop";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { toQuery } from "@/lib/api-client";
import { bytesToBase64 } from "@/lib/interop/upload-file";
import { Field, Select } from "@/components/ui/field";
import { FileDrop } from "./file-drop";
import { ImportFlow } from "./import-flow";
import { ReadOnlyNote } from "./read-only-note";

const ACCEPT = [".csv", ".xlsx"] as const;
const LANGS = [{ lang: "en", label: "English" }, { lang: "zh-CN", label: "中文" }] as const;

/** One CSV or xlsx file of one kind of record through POST /api/v1/import/table, with its templates. */
export function SpreadsheetImport({ canWrite }: { canWrite: boolean }) {
  const { m } = useI18n();
  const t = m.interop.spreadsheet;
  const [entity, setEntity] = useState<TImportEntity>("systems");
  const [files, setFiles] = useState<File[]>([]);

  const prepare = async () => {
    const file = files[0];
    if (!file) return t.nothing;
    const format = file.name.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv";
    // Bytes, not text, for CSV too: the server recognises the encoding (UTF-8, UTF-16, GBK), the browser would assume UTF-8.
    return { entity, format, fileName: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
  };

  return (
    <div className="space-y-4">
      {!canWrite && <ReadOnlyNote />}
      <p className="text-sm text-slate-600">{t.intro}</p>
      <ImportFlow canWrite={canWrite} endpoint="/import/table" prepare={prepare} onReset={() => setFiles([])}>
        {(locked) => (
          <>
            <div className="grid gap-4 md:grid-cols-2">
              <Field label={t.entity}>
                {(id) => (
                  <Select id={id} value={entity} disabled={!canWrite || locked} onChange={(e) => setEntity(e.target.value as TImportEntity)}>
                    {IMPORT_ENTITIES.map((e) => <option key={e} value={e}>{m.interop.entities[e]}</option>)}
                  </Select>
                )}
              </Field>
              {/* The templates are for filling in and importing, which a viewer cannot (the route answers them 403). */}
              {canWrite && <div className="space-y-1 text-sm">
                <p className="font-medium text-slate-700">{t.templates}</p>
                <p className="text-xs text-slate-500">{t.templatesHint}</p>
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {(["csv", "xlsx"] as const).flatMap((format) => LANGS.map(({ lang, label }) => (
                    <li key={`${format}-${lang}`}>
                      <a className="text-indigo-700 underline" download
                        href={`/api/v1/import/template${toQuery({ entity, format, lang })}`}>
                        {fmt(t.template, { format: format.toUpperCase(), lang: label })}
                      </a>
                    </li>
                  )))}
                </ul>
              </div>}
            </div>
            <FileDrop files={files} onChange={setFiles} accept={ACCEPT} dropLabel={t.drop} chooseLabel={t.file}
              wrongType={t.wrongType} disabled={!canWrite || locked} />
          </>
        )}
      </ImportFlow>
    </div>
  );
}
