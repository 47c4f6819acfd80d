"use client";
import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { CopyButton } from "./copy-button";

/** `title` and `warning` replace the personal token's wording (a webhook source's secret). */
type Props = { name: string; secret: string; onDone: () => void; title?: string; warning?: string };

/** The new token's secret, shown this once, with a warning that it never appears again. */
export function TokenSecret({ name, secret, onDone, title, warning }: Props) {
  const { m } = useI18n();
  const t = m.tokens.secret;
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copyFailed, setCopyFailed] = useState(false);
  // Keyboard and screen-reader users land on the box, not somewhere above it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="token-secret-title" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="token-secret-title" ref={heading} tabIndex={-1} className="text-sm font-semibold text-amber-900 focus:outline-none">{title ?? t.title}</h2>
      <p className="text-sm text-amber-900">{warning ?? t.warning}</p>
      <div className="flex flex-wrap items-center gap-2">
        <input ref={input} readOnly value={secret} aria-label={fmt(t.label, { name })} spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-amber-300 bg-white px-2.5 py-1.5 font-mono text-sm text-slate-900" />
        <CopyButton text={secret} label={`${m.common.actions.copy}: ${fmt(t.label, { name })}`}
          onFail={() => { setCopyFailed(true); input.current?.select(); }} />
      </div>
      {copyFailed && <p role="alert" className="text-xs text-red-700">{t.copyFailed}</p>}
      <Button variant="secondary" onClick={onDone}>{t.done}</Button>
    </section>
  );
}
