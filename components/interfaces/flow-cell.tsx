"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import type { TRef } from "@/components/catalog/types";

function SystemRef({ system, current }: { system: TRef; current?: string }) {
  if (system.id === current) return <span className="font-semibold text-slate-900">{system.name}</span>;
  return <Link href={`/systems/${system.id}`} className="text-indigo-700 hover:underline">{system.name}</Link>;
}

/** "Provider → consumer (through broker)", each a link except the system whose page this is. */
export function FlowCell({ provider, consumer, via, current }: { provider: TRef; consumer: TRef; via?: TRef | null; current?: string }) {
  const { m } = useI18n();
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5">
      <SystemRef system={provider} current={current} />
      <span aria-hidden className="text-slate-400">→</span>
      <span className="sr-only">{m.interfaces.fields.consumer}:</span>
      <SystemRef system={consumer} current={current} />
      {via && (
        <span className="text-xs text-slate-500">
          ({m.interfaces.detail.through} <SystemRef system={via} current={current} />)
        </span>
      )}
    </span>
  );
}
