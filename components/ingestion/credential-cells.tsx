"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDateTime } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/feedback";

/** When it was last used, or "never". */
export function LastUsedCell({ at }: { at: string | null }) {
  const { m, locale } = useI18n();
  return at ? <>{formatDateTime(at, locale)}</> : <span className="text-slate-400">{m.ingestion.never}</span>;
}

/** Active, or revoked since when. */
export function CredentialStatusCell({ revokedAt }: { revokedAt: string | null }) {
  const { m, locale } = useI18n();
  const t = m.ingestion;
  return revokedAt ? <Badge tone="red">{fmt(t.revokedAt, { at: formatDateTime(revokedAt, locale) })}</Badge> : <Badge tone="emerald">{t.active}</Badge>;
}

/** The admin who created it; a deactivated one is said so (the credential keeps working). */
export function CreatorCell({ creator }: { creator: { name: string; active: boolean } }) {
  const { m } = useI18n();
  return creator.active ? <>{creator.name}</> : <span className="text-slate-500">{fmt(m.ingestion.creatorLeft, { name: creator.name })}</span>;
}
