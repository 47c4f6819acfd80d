"use client";
import { useId, useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { api, ApiError } from "@/lib/api-client";
import type { TBulkAssignResult, TBulkOwnerSet } from "@/lib/schemas/bulk";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Banner } from "@/components/ui/feedback";
import { TeamPicker } from "@/components/pickers/team-picker";
import { UserPicker } from "@/components/pickers/user-picker";
import type { TRef, TUserRef } from "./types";
import { errorMessage } from "./error-message";
import { BulkOwnerChoice, leaveUnchanged, type OwnerChoice } from "./bulk-owner-choice";
import { useModalDialog } from "@/components/ui/use-modal-dialog";

export type BulkKind = "systems" | "interfaces";

type Props = {
  open: boolean;
  kind: BulkKind;
  ids: string[];
  onClose: () => void;
  onDone: (result: TBulkAssignResult) => void;
  /** Drops records that no longer exist from the selection (after a 404 naming them). */
  onDeselect: (ids: string[]) => void;
};

type Choices = { teamId: OwnerChoice<TRef>; technicalOwnerId: OwnerChoice<TUserRef>; businessOwnerId: OwnerChoice<TUserRef> };
type Field = keyof Choices;
type Errors = Partial<Record<Field | "form", string>>;

const toValue = (c: OwnerChoice<{ id: string }>) => (c.mode === "set" ? c.value?.id : c.mode === "clear" ? null : undefined);

/**
 * "Assign owners…" for the selected records, on the native <dialog> (focus trap, Escape) like
 * ConfirmDialog. A refusal keeps the dialog open with every choice as it was.
 */
export function BulkAssignDialog({ open, kind, ids, onClose, onDone, onDeselect }: Props) {
  const { m, locale } = useI18n();
  const t = m.bulk.dialog;
  const titleId = useId();
  const ref = useModalDialog(open);
  const [choices, setChoices] = useState<Choices>({ teamId: leaveUnchanged(), technicalOwnerId: leaveUnchanged(), businessOwnerId: leaveUnchanged() });
  const [errors, setErrors] = useState<Errors>({});
  const fields: Field[] = kind === "systems" ? ["teamId", "technicalOwnerId", "businessOwnerId"] : ["teamId", "technicalOwnerId"];


  const mutation = useMutation({
    mutationFn: (set: TBulkOwnerSet) => api<TBulkAssignResult>(`/${kind}/bulk-assign`, { method: "POST", body: { ids, set } }),
    onSuccess: onDone,
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      // Field errors come back at set.<field>; show each under its own choice.
      const next: Errors = {};
      for (const e of error.errors) {
        const field = e.path.replace(/^set\./, "") as Field;
        if (fields.includes(field)) next[field] = e.message;
      }
      setErrors(next);
    },
  });
  const missing = mutation.error instanceof ApiError && mutation.error.status === 404
    ? mutation.error.errors.flatMap((e) => (/^ids\.\d+$/.test(e.path) ? [ids[Number(e.path.slice(4))]] : [])).filter(Boolean)
    : [];

  const change = <F extends Field>(field: F, choice: Choices[F]) => {
    setChoices((c) => ({ ...c, [field]: choice }));
    setErrors((e) => ({ ...e, [field]: undefined, form: undefined }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {};
    for (const f of fields) {
      if (choices[f].mode === "set" && !choices[f].value) next[f] = f === "teamId" ? t.chooseTeam : t.choosePerson;
    }
    if (fields.every((f) => choices[f].mode === "leave")) next.form = t.nothingChosen;
    setErrors(next);
    if (Object.keys(next).length) return;
    const set = Object.fromEntries(fields.map((f) => [f, toValue(choices[f])]).filter(([, v]) => v !== undefined));
    mutation.mutate(set as TBulkOwnerSet);
  };

  const busy = mutation.isPending;
  const labels: Record<Field, string> = {
    teamId: m.common.fields.team, technicalOwnerId: m.common.fields.technicalOwner, businessOwnerId: m.common.fields.businessOwner,
  };
  const otherError = mutation.error && missing.length === 0 && !Object.keys(errors).some((k) => k !== "form" && errors[k as Field]);

  return (
    <dialog ref={ref} aria-labelledby={titleId} aria-busy={busy}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
      // overflow-visible: the pickers' option lists may reach past the dialog's edge.
      className="m-auto w-full max-w-lg overflow-visible rounded-lg bg-white p-0 shadow-xl backdrop:bg-slate-900/40 dark:backdrop:bg-black/60">
      <form className="space-y-4 p-5" onSubmit={submit} noValidate>
        <h2 id={titleId} className="text-base font-semibold text-slate-900">
          {countLabel(locale, ids.length, kind === "systems" ? t.systemsTitle : t.interfacesTitle)}
        </h2>
        <p className="text-sm text-slate-600">{t.intro}</p>
        {fields.map((f) => (
          <BulkOwnerChoice<TRef | TUserRef> key={f} legend={labels[f]} choice={choices[f]} error={errors[f]} disabled={busy}
            onChange={(c) => change(f, c as Choices[typeof f])}
            picker={(value, onPick, describedBy) =>
              f === "teamId" ? (
                <TeamPicker label={labels[f]} value={value as TRef | null} onChange={onPick} describedBy={describedBy} invalid={!!errors[f]} />
              ) : (
                <UserPicker label={labels[f]} value={value as TUserRef | null} onChange={onPick} describedBy={describedBy} invalid={!!errors[f]} />
              )
            } />
        ))}
        {errors.form && <Banner>{errors.form}</Banner>}
        {missing.length > 0 && (
          <Banner>
            <p>{countLabel(locale, missing.length, t.missing)}</p>
            <Button variant="secondary" className="mt-2" onClick={() => { onDeselect(missing); mutation.reset(); }}>{t.deselectMissing}</Button>
          </Banner>
        )}
        {otherError && <Banner>{errorMessage(mutation.error, m)}</Banner>}
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={onClose} disabled={busy}>{m.common.actions.cancel}</Button>
          <Button type="submit" disabled={busy}>
            {busy && <span className="h-3.5 w-3.5 animate-spin rounded-full border-2 border-white/50 border-t-white" aria-hidden />}
            {busy ? t.applying : t.apply}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
