"use client";
import type { TSystem } from "@/lib/schemas/system";
import { useI18n } from "@/lib/i18n/client";
import { LinksCard } from "@/components/catalog/links-card";

/** Docs, repository, runbook and monitoring dashboard: on the system's page and in the map's panel. */
export function SystemLinks({ system: s }: { system: TSystem }) {
  const { m } = useI18n();
  const f = m.systems.fields;
  return (
    <LinksCard links={[
      { label: f.docsUrl, href: s.docsUrl },
      { label: f.repoUrl, href: s.repoUrl },
      { label: f.runbookUrl, href: s.runbookUrl },
      { label: f.monitoringUrl, href: s.monitoringUrl },
    ]} />
  );
}
