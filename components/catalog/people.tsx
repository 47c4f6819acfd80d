"use client";
import Link from "next/link";
import { Badge } from "@/components/ui/feedback";
import { useI18n } from "@/lib/i18n/client";
import type { TRef, TUserRef } from "./types";

/** A person with a visible mark when they are deactivated: ownership that has silently rotted. */
export function PersonLabel({ user, showEmail }: { user: TUserRef | null | undefined; showEmail?: boolean }) {
  const { m } = useI18n();
  if (!user) return <span className="text-slate-400">—</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className={user.active ? undefined : "text-slate-500 line-through decoration-slate-400"}>{user.name}</span>
      {showEmail && <span className="text-xs text-slate-500">{user.email}</span>}
      {!user.active && (
        <span title={m.systems.shared.deactivatedTitle}>
          <Badge tone="red">{m.systems.shared.deactivated}</Badge>
        </span>
      )}
    </span>
  );
}

/** A link to a system, interface or team, with its key in small print. */
export function RefLink({ href, entity, showKey = true }: { href: string; entity: TRef | null | undefined; showKey?: boolean }) {
  if (!entity) return <span className="text-slate-400">—</span>;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <Link href={href} className="font-medium text-indigo-700 hover:underline">{entity.name}</Link>
      {showKey && <code className="text-xs text-slate-500">{entity.key}</code>}
    </span>
  );
}

/** An external link (docs, repository, runbook, contract) that opens in a new tab. */
export function ExternalLink({ href, children }: { href: string; children?: React.ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="break-all text-indigo-700 hover:underline">
      {children ?? href}
      <span aria-hidden className="ml-0.5 text-xs">↗</span>
    </a>
  );
}
