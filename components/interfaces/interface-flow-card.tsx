"use client";
import Link from "next/link";
import type { TInterface } from "@/lib/schemas/interface";
import { useI18n } from "@/lib/i18n/client";
import { Card } from "@/components/ui/page-header";
import type { TRef } from "@/components/catalog/types";

function SystemBox({ role, system }: { role: string; system: TRef }) {
  return (
    <div className="min-w-0 flex-1 rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{role}</p>
      <Link href={`/systems/${system.id}`} className="block truncate font-medium text-indigo-700 hover:underline">{system.name}</Link>
      <code className="text-xs text-slate-500">{system.key}</code>
    </div>
  );
}

const Arrow = () => <span aria-hidden className="self-center text-xl text-slate-400">→</span>;

/** Provider → (broker) → consumer, each a link to the system. */
export function InterfaceFlowCard({ item }: { item: TInterface }) {
  const { m } = useI18n();
  const f = m.interfaces.fields;
  const d = m.interfaces.detail;
  return (
    <Card title={d.flow}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-stretch">
        <SystemBox role={`${f.provider} · ${d.upstream}`} system={item.provider} />
        <Arrow />
        {item.via && (
          <>
            <SystemBox role={f.via} system={item.via} />
            <Arrow />
          </>
        )}
        <SystemBox role={`${f.consumer} · ${d.downstream}`} system={item.consumer} />
      </div>
    </Card>
  );
}
