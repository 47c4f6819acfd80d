"use client";
import { useEffect, useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";

/** Copies text to the clipboard and says so for two seconds (also to screen readers). */
export function CopyButton({ text, label, onFail }: { text: string; label?: string; onFail?: () => void }) {
  const { m } = useI18n();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(t);
  }, [copied]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      onFail?.();
    }
  }
  return (
    <Button variant="secondary" onClick={copy} aria-label={label}>
      <span aria-live="polite">{copied ? m.common.actions.copied : m.common.actions.copy}</span>
    </Button>
  );
}
