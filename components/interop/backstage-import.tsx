"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { toUploadFile, type UploadFile } from "@/lib/interop/upload-file";
import { Field, Textarea } from "@/components/ui/field";
import { FileDrop, uploadName } from "./file-drop";
import { ImportFlow } from "./import-flow";
import { ReadOnlyNote } from "./read-only-note";

const ACCEPT = [".yaml", ".yml", ".zip"] as const;

/** Backstage catalog files (or pasted YAML) through POST /api/v1/import/backstage. */
export function BackstageImport({ canWrite }: { canWrite: boolean }) {
  const { m } = useI18n();
  const t = m.interop.backstage;
  const [files, setFiles] = useState<File[]>([]);
  const [pasted, setPasted] = useState("");

  const prepare = async () => {
    const uploads: UploadFile[] = await Promise.all(files.map(async (f) => ({ ...(await toUploadFile(f)), name: uploadName(f) })));
    if (pasted.trim()) uploads.push({ name: t.pastedName, text: pasted });
    return uploads.length ? { files: uploads } : t.nothing;
  };

  return (
    <div className="space-y-4">
      {!canWrite && <ReadOnlyNote />}
      <p className="text-sm text-slate-600">{t.intro}</p>
      <ImportFlow canWrite={canWrite} endpoint="/import/backstage" prepare={prepare} onReset={() => { setFiles([]); setPasted(""); }}>
        {(locked) => (
          <>
            <FileDrop files={files} onChange={setFiles} accept={ACCEPT} multiple dropLabel={t.drop} chooseLabel={t.choose}
              wrongType={t.wrongType} disabled={!canWrite || locked} folderLabel={t.folder} />
            <Field label={t.paste} hint={t.pasteHint}>
              {(id, describedBy) => (
                <Textarea id={id} aria-describedby={describedBy} rows={6} className="font-mono text-xs" value={pasted}
                  disabled={!canWrite || locked} spellCheck={false} onChange={(e) => setPasted(e.target.value)} />
              )}
            </Field>
          </>
        )}
      </ImportFlow>
    </div>
  );
}
