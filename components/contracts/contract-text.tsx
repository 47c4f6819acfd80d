"use client";
import { memo, useEffect, useMemo, useRef } from "react";
import type { FindingSeverity } from "@/lib/contracts/types";
import { cn } from "@/components/ui/cn";

type Props = { text: string; label: string; marks: ReadonlyMap<number, FindingSeverity>; highlighted: number | null };

const MARK = { error: "border-red-500 bg-red-50", warn: "border-amber-500 bg-amber-50", info: "border-indigo-400", hint: "border-slate-400" } as const;

/** One node per line, rendered once per text: a highlight moves by attribute, not by re-rendering thousands of lines. */
const Lines = memo(function Lines({ lines, marks }: { lines: string[]; marks: ReadonlyMap<number, FindingSeverity> }) {
  return lines.map((line, i) => {
    const n = i + 1;
    const mark = marks.get(n);
    return (
      <div key={n} data-line={n} className={cn("flex border-l-4 border-transparent data-[highlighted=true]:bg-yellow-200 data-[highlighted=true]:outline data-[highlighted=true]:outline-1 data-[highlighted=true]:outline-yellow-500", mark && MARK[mark])}>
        <span aria-hidden className="w-12 shrink-0 select-none pr-3 text-right text-slate-400">{n}</span>
        <span className="whitespace-pre">{line}</span>
      </div>
    );
  });
});

/**
 * The document with line numbers; lines with findings are marked by their worst severity. The
 * highlighted line (a finding clicked) is scrolled to the middle of the box.
 */
export function ContractText({ text, label, marks, highlighted }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => text.replace(/\r\n?/g, "\n").split("\n"), [text]);
  useEffect(() => {
    const root = box.current;
    if (!root) return;
    root.querySelector('[data-highlighted="true"]')?.removeAttribute("data-highlighted");
    if (highlighted === null) return;
    const line = root.querySelector<HTMLElement>(`[data-line="${highlighted}"]`);
    if (!line) return;
    line.setAttribute("data-highlighted", "true");
    // Within the box only: the page itself stays where the reader is.
    root.scrollTop = line.offsetTop - root.clientHeight / 2;
  }, [highlighted, lines]);
  return (
    <div ref={box} role="region" aria-label={label} tabIndex={0} data-testid="contract-text"
      className="relative max-h-[32rem] overflow-auto rounded-md border border-slate-200 bg-white py-2 font-mono text-xs leading-5 text-slate-800">
      <Lines lines={lines} marks={marks} />
    </div>
  );
}
