"use client";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";

/** "Created … · Updated … · Version n" under a detail page's facts. */
export function RecordDates({ record }: { record: { createdAt: string; updatedAt: string; version: number } }) {
  const { m, locale } = useI18n();
  const f = m.common.fields;
  return (
    <p className="mt-4 border-t border-slate-100 pt-3 text-xs text-slate-500">
      {f.createdAt} {formatDateTime(record.createdAt, locale)} · {f.updatedAt} {formatDateTime(record.updatedAt, locale)} · {f.version} {record.version}
    </p>
  );
}
