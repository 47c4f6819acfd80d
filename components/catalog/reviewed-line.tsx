"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { TReviewed } from "./record-fix";

/** "Last confirmed by X on D": when someone last vouched that the record is still accurate. */
export function ReviewedLine({ record }: { record: TReviewed }) {
  const { m, locale } = useI18n();
  const t = m.ownership.reviewed;
  if (!record.reviewedAt) return <p className="text-xs text-slate-500">{t.never}</p>;
  const date = formatDate(record.reviewedAt, locale);
  const who = record.reviewedBy;
  if (!who) return <p className="text-xs text-slate-500">{fmt(t.lineNoName, { date })}</p>;
  // Split around {name} so the person is a link, in whichever order the locale puts the words.
  const [before, after = ""] = fmt(t.line, { date }).split("{name}");
  return (
    <p className="text-xs text-slate-500" data-testid="reviewed-line">
      {before}
      <Link href={`/people/${who.id}`} className="text-indigo-700 hover:underline">{who.name}</Link>
      {after}
    </p>
  );
}
