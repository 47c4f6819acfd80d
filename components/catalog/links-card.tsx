"use client";
import { useI18n } from "@/lib/i18n/client";
import { Card } from "@/components/ui/page-header";
import { ExternalLink } from "./people";

/** Documentation, repository, runbook… as external links; says so when none are recorded. */
export function LinksCard({ links }: { links: { label: string; href: string | null }[] }) {
  const { m } = useI18n();
  const present = links.filter((l): l is { label: string; href: string } => !!l.href);
  return (
    <Card title={m.systems.shared.links}>
      {present.length === 0 ? (
        <p className="text-sm text-amber-700">{m.systems.shared.noLinks}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {present.map((l) => (
            <li key={l.label}>
              <span className="block text-xs font-medium uppercase tracking-wide text-slate-500">{l.label}</span>
              <ExternalLink href={l.href} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
