"use client";
import { useId, useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "@/lib/api-client";
import { useI18n } from "@/lib/i18n/client";
import { ZViewCreate, type TSavedView, type TViewDefinition } from "@/lib/schemas/view";
import { Button } from "@/components/ui/button";
import { Banner } from "@/components/ui/feedback";
import { Checkbox, Field, Input, Textarea } from "@/components/ui/field";
import { errorMessage } from "@/components/catalog/error-message";
import { issuesToErrors, type FieldErrors } from "@/components/catalog/form-errors";
import { topologyKeys } from "@/lib/queries/topology";
import type { SavedPosition } from "../save-positions";
import { useModalDialog } from "@/components/ui/use-modal-dialog";

type Props = {
  open: boolean;
  definition: TViewDefinition;
  positions: () => SavedPosition[];
  onSaved: (view: TSavedView) => void;
  onClose: () => void;
};

const slug = (name: string) => name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63);

/** "Save view as…": name the current filters/focus (and, if wanted, the positions) for others to open. */
export function SaveViewDialog({ open, definition, positions, onSaved, onClose }: Props) {
  const { m, schemaErrors } = useI18n();
  const t = m.topology.views;
  const qc = useQueryClient();
  const ref = useModalDialog(open);
  const titleId = useId();
  const [name, setName] = useState("");
  const [key, setKey] = useState("");
  const [keyTouched, setKeyTouched] = useState(false);
  const [description, setDescription] = useState("");
  const [withPositions, setWithPositions] = useState(true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: (body: unknown) => api<TSavedView>("/views", { method: "POST", body }),
    onSuccess: (view) => {
      void qc.invalidateQueries({ queryKey: topologyKeys.views() });
      setName(""); setKey(""); setKeyTouched(false); setDescription(""); setErrors({});
      onSaved(view);
    },
    onError: (e) => setErrors(e instanceof ApiError ? e.fieldErrors : {}),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { key: key || slug(name), name, description, definition, positions: withPositions ? positions().slice(0, 2000) : null };
    const parsed = ZViewCreate.safeParse(body, { error: schemaErrors });
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error.issues));
    setErrors({});
    mutation.mutate(body);
  };
  return (
    <dialog ref={ref} aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); onClose(); }}
      className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
      <form onSubmit={submit} noValidate className="space-y-3 p-5">
        <h2 id={titleId} className="text-base font-semibold text-slate-900">{t.saveTitle}</h2>
        {mutation.error && !Object.keys(errors).length && <Banner>{errorMessage(mutation.error, m)}</Banner>}
        <Field label={t.name} required error={errors.name}>
          {(id, d) => <Input id={id} aria-describedby={d} aria-invalid={!!errors.name} value={name} autoFocus
            onChange={(e) => { setName(e.target.value); if (!keyTouched) setKey(slug(e.target.value)); }} />}
        </Field>
        <Field label={t.key} required error={errors.key} hint={t.keyHint}>
          {(id, d) => <Input id={id} aria-describedby={d} aria-invalid={!!errors.key} value={key}
            onChange={(e) => { setKey(e.target.value); setKeyTouched(true); }} />}
        </Field>
        <Field label={t.description} error={errors.description}>
          {(id, d) => <Textarea id={id} aria-describedby={d} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <Checkbox label={t.withPositions} checked={withPositions} onChange={(e) => setWithPositions(e.target.checked)} />
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={onClose} disabled={mutation.isPending}>{m.common.actions.cancel}</Button>
          <Button type="submit" disabled={mutation.isPending} aria-busy={mutation.isPending}>
            {mutation.isPending ? m.common.actions.saving : m.common.actions.save}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
