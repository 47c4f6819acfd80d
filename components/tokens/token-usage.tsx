"use client";
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Card } from "@/components/ui/page-header";
import { CopyButton } from "./copy-button";

const noSubscribe = () => () => {};

/** A ready-to-paste curl call against this installation (its origin is only known in the browser). */
export function TokenUsage() {
  const { m } = useI18n();
  const t = m.tokens.usage;
  const origin = useSyncExternalStore(noSubscribe, () => window.location.origin, () => "");
  const snippet = `curl -H "Authorization: Bearer jct_…" ${origin}/api/v1/systems`;
  return (
    <Card title={t.title}>
      <p className="mb-2 text-sm text-slate-600">{t.body}</p>
      <div className="flex items-start gap-2">
        <pre className="min-w-0 flex-1 overflow-x-auto rounded-md bg-slate-900 px-3 py-2 text-xs text-slate-100 dark:bg-black/40 dark:text-slate-800"><code>{snippet}</code></pre>
        <CopyButton text={snippet} />
      </div>
      <p className="mt-2 text-sm text-slate-600">
        <Link href="/api-docs" className="text-indigo-700 hover:underline">{t.docs}</Link>
      </p>
    </Card>
  );
}
