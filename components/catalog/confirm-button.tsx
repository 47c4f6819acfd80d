"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FixError } from "./fix-error";
import { invalidateCatalog } from "@/lib/queries/invalidate";
import { confirmRecord, type TRecordType } from "./record-fix";

type Props = {
  type: TRecordType;
  id: string;
  /** The version on screen (detail pages); omitted on /ownership, where the current one is read first. */
  version?: number;
  variant?: ButtonVariant;
  className?: string;
  /** Accessible name when several such buttons share a page (e.g. "Confirm still accurate: Orders"). */
  label?: string;
  onConfirmed?: () => void;
};

/** "Confirm still accurate": stamps the signed-in person and today on the record, without an edit. */
export function ConfirmButton({ type, id, version, variant = "secondary", className, label, onConfirmed }: Props) {
  const { m } = useI18n();
  const qc = useQueryClient();
  const t = m.ownership.reviewed;
  const mutation = useMutation({
    mutationFn: () => confirmRecord(type, id, version),
    onSuccess: () => {
      invalidateCatalog(qc);
      onConfirmed?.();
    },
  });
  return (
    <span className={cn("inline-flex max-w-sm flex-col items-end gap-1 print:hidden", className)}>
      <Button variant={variant} onClick={() => mutation.mutate()} disabled={mutation.isPending} aria-busy={mutation.isPending}
        aria-label={label}>
        {mutation.isPending ? t.confirming : t.confirm}
      </Button>
      {mutation.isSuccess && <span role="status" className="text-xs text-emerald-700">{t.confirmed}</span>}
      {mutation.isError && (
        <FixError error={mutation.error} onReload={() => { mutation.reset(); invalidateCatalog(qc); }} />
      )}
    </span>
  );
}
