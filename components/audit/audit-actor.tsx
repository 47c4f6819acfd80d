"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { Badge } from "@/components/ui/feedback";
import type { TAuditEntry } from "@/lib/schemas/audit";

/** Who made a change: their email at the time (linked to their page) and whether an API token did it. */
export function AuditActor({ actor }: { actor: TAuditEntry["actor"] }) {
  const { m } = useI18n();
  const label = actor.label;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      {actor.userId ? (
        <Link href={`/people/${actor.userId}`} className="text-indigo-700 hover:underline">{label || m.audit.unknownActor}</Link>
      ) : (
        <span>{label || m.audit.unknownActor}</span>
      )}
      {actor.viaToken && <Badge tone="amber">{m.audit.viaToken}</Badge>}
    </span>
  );
}
