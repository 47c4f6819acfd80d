"use client";
import { useI18n } from "@/lib/i18n/client";
import { AreaTabs } from "@/components/ui/area-tabs";

/** The import area's pages: Backstage catalog, spreadsheet, export and the batches' history. */
export function ImportTabs() {
  const { m } = useI18n();
  const t = m.interop.tabs;
  return (
    <AreaTabs label={t.label} tabs={[
      { href: "/import", label: t.backstage },
      { href: "/import/spreadsheet", label: t.spreadsheet },
      { href: "/import/export", label: t.export },
      { href: "/import/history", label: t.history },
    ]} />
  );
}
