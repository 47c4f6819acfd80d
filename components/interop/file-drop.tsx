"use client";
import { useId, useRef, useState, type DragEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt } from "@/lib/i18n/format";
import { hasExtension } from "@/lib/interop/upload-file";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

type Props = {
  files: File[];
  onChange: (files: File[]) => void;
  /** Lower-case extensions with the dot, e.g. [".yaml", ".yml", ".zip"]. */
  accept: readonly string[];
  multiple?: boolean;
  dropLabel: string;
  chooseLabel: string;
  wrongType: string;
  disabled?: boolean;
  /** Also offer a whole folder; its files keep their paths inside it (Backstage Location targets need them). */
  folderLabel?: string;
};

/** A file's name as the upload carries it: its path inside a chosen folder, else its name. */
export const uploadName = (f: File) => f.webkitRelativePath || f.name;

// Not in React's types: the browsers' attribute for choosing a folder.
const FOLDER_INPUT = { webkitdirectory: "" } as Record<string, string>;

/**
 * A drop zone with a file picker for the keyboard: the button opens the native chooser, dropped
 * files of other types are named and left out. Chosen files are listed, each removable.
 */
export function FileDrop({ files, onChange, accept, multiple, dropLabel, chooseLabel, wrongType, disabled, folderLabel }: Props) {
  const { m, locale } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);

  const take = (list: FileList | null, fromFolder = false) => {
    const all = [...(list ?? [])];
    const ok = all.filter((f) => hasExtension(f.name, accept));
    // A folder holds other files too (READMEs, code): those are passed over silently.
    setRefused(fromFolder ? [] : all.filter((f) => !ok.includes(f)).map((f) => f.name));
    if (!ok.length) return;
    // Same name again replaces the earlier one: a re-exported file, not a second copy.
    const kept = multiple ? files.filter((f) => !ok.some((n) => uploadName(n) === uploadName(f))) : [];
    onChange([...kept, ...(multiple ? ok : ok.slice(0, 1))]);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) take(e.dataTransfer.files);
  };

  return (
    <div className="space-y-2">
      <div onDragOver={(e) => { e.preventDefault(); if (!disabled) setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}
        data-testid="drop-zone"
        className={cn("flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-6 py-8 text-center text-sm",
          over ? "border-indigo-500 bg-indigo-50" : "border-slate-300", disabled && "opacity-60")}>
        <p id={hintId} className="text-slate-600">{dropLabel}</p>
        <div className="flex flex-wrap justify-center gap-2">
          <Button variant="secondary" disabled={disabled} aria-describedby={hintId} onClick={() => input.current?.click()}>{chooseLabel}</Button>
          {folderLabel && <Button variant="secondary" disabled={disabled} onClick={() => folder.current?.click()}>{folderLabel}</Button>}
        </div>
        {/* Reached through the button above: hidden, so assistive technology meets one control, not two. */}
        <input ref={input} type="file" hidden data-testid="file-input" multiple={multiple} accept={accept.join(",")}
          disabled={disabled} onChange={(e) => { take(e.target.files); e.target.value = ""; }} />
        {folderLabel && (
          <input ref={folder} type="file" hidden data-testid="folder-input" {...FOLDER_INPUT} disabled={disabled}
            onChange={(e) => { take(e.target.files, true); e.target.value = ""; }} />
        )}
      </div>
      {refused.map((name) => <p key={name} role="alert" className="text-sm text-red-700">{fmt(wrongType, { name })}</p>)}
      {files.length > 0 && (
        <div>
          <p className="text-xs text-slate-500">{countLabel(locale, files.length, m.interop.backstage.chosen)}</p>
          <ul className="mt-1 divide-y divide-slate-100 rounded-md border border-slate-200">
            {files.map((f) => (
              <li key={uploadName(f)} className="flex items-center justify-between gap-2 px-3 py-1.5 text-sm">
                <span className="truncate font-mono text-slate-800">{uploadName(f)}</span>
                <Button variant="ghost" disabled={disabled} aria-label={fmt(m.interop.backstage.remove, { name: uploadName(f) })}
                  onClick={() => onChange(files.filter((x) => x !== f))}>×</Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
