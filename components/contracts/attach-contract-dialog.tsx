"use client";
import { useState, type ChangeEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "@/lib/api-client";
import { MAX_CONTRACT_BYTES } from "@/lib/contracts/types";
import type { TContractPutResult } from "@/lib/schemas/contract";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { invalidateContracts } from "@/lib/queries/invalidate";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Banner } from "@/components/ui/feedback";
import { FormDialog } from "@/components/ui/form-dialog";
import { errorMessage } from "@/components/catalog/error-message";

type Props = { interfaceId: string; onClose: () => void; onDone: (result: TContractPutResult, message: string) => void };

/**
 * Paste a document or read one from a file, and PUT it. A document that does not parse comes back
 * as a 422 naming its line and column: shown as such, so the author can find the place.
 */
export function AttachContractDialog({ interfaceId, onClose, onDone }: Props) {
  const { m } = useI18n();
  const t = m.contracts.dialog;
  const qc = useQueryClient();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string>();
  const [error, setError] = useState<string>();
  const mutation = useMutation({
    mutationFn: () => api<TContractPutResult>(`/interfaces/${encodeURIComponent(interfaceId)}/contracts`, { method: "PUT", body: { text, ...(fileName && { fileName }) } }),
    onSuccess: (result) => {
      invalidateContracts(qc);
      onDone(result, fmt(result.created ? t.added : t.unchanged, { number: result.version.number }));
    },
  });
  const readFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_CONTRACT_BYTES) {
      setError(t.tooLarge);
      return;
    }
    setError(undefined);
    setFileName(file.name);
    setText(await file.text());
  };
  const submit = () => {
    if (text.trim() === "") return setError(t.required);
    setError(undefined);
    mutation.mutate();
  };
  const problem = mutation.error;
  const placed = problem instanceof ApiError ? problem.errors.filter((e) => e.line !== undefined) : [];
  return (
    <FormDialog title={t.title} description={t.description} submitLabel={t.submit} busyLabel={t.submitting}
      busy={mutation.isPending} onSubmit={submit} onClose={onClose}>
      {problem && (
        <Banner>
          <span className="block">{errorMessage(problem, m)}</span>
          {placed.map((e, i) => (
            <span key={i} className="block font-mono text-xs" data-testid="contract-parse-error">
              {fmt(t.atLine, { line: e.line!, column: e.column ?? 1, message: e.message })}
            </span>
          ))}
          {problem instanceof ApiError && placed.length === 0 && problem.errors.map((e, i) => <span key={i} className="block text-xs">{e.message}</span>)}
        </Banner>
      )}
      <Field label={t.file} hint={t.fileHint}>
        {(id, describedBy) => <Input id={id} type="file" accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml" aria-describedby={describedBy} onChange={readFile} />}
      </Field>
      <Field label={t.text} hint={fileName ?? t.textHint} error={error} required>
        {(id, describedBy) => (
          <Textarea id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined} rows={12} spellCheck={false}
            className="font-mono text-xs" value={text} onChange={(e) => { setText(e.target.value); setFileName(undefined); }} />
        )}
      </Field>
    </FormDialog>
  );
}
