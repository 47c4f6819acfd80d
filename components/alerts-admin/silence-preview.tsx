"use client";
import { useQuery } from "@tanstack/react-query";
import { silencePreviewQuery } from "@/lib/queries/alerts";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import type { TMatcher } from "@/lib/schemas/alerts-admin";
import { useDebouncedValue } from "@/components/pickers/use-debounced-value";

/** "N open alerts match now", asked again 400 ms after the matchers stop changing; silent while incomplete. */
export function SilencePreview({ matchers }: { matchers: TMatcher[] }) {
  const { m, locale } = useI18n();
  const t = m.alertsAdmin.silences;
  const settled = useDebouncedValue(matchers, 400);
  const complete = settled.length > 0 && settled.every((x) => x.label.trim() !== "");
  const query = useQuery({ ...silencePreviewQuery(settled), enabled: complete });
  if (!complete || query.isError) return null;
  return (
    <p role="status" aria-live="polite" className="text-sm text-slate-600">
      {query.data && settled === matchers ? countLabel(locale, query.data.matching, t.preview) : t.previewPending}
    </p>
  );
}
