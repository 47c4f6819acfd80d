"use client";
import { useI18n } from "@/lib/i18n/client";
import { SidePanel } from "./side-panel";

const KEYS = ["/", "F", "L", "N", "I", "Delete", "Ctrl+Z", "Esc", "?"] as const;

/** The keyboard shortcuts of the map, and how to edit with the mouse. */
export function HelpPanel({ onClose }: { onClose: () => void }) {
  const { m } = useI18n();
  const t = m.topology.help;
  return (
    <SidePanel title={t.title} onClose={onClose} testId="help-panel">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-sm">
        {KEYS.map((k) => (
          <div key={k} className="contents">
            <dt><kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">{k}</kbd></dt>
            <dd className="text-slate-700">{t.keys[k]}</dd>
          </div>
        ))}
      </dl>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
        {t.mouse.map((line) => <li key={line}>{line}</li>)}
      </ul>
    </SidePanel>
  );
}
