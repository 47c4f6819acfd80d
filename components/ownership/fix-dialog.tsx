"use client";
import type { ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { FormDialog } from "@/components/ui/form-dialog";

type Props = {
  title: string;
  /** One line on what the fix does, under the title. */
  description?: ReactNode;
  children: ReactNode;
  busy: boolean;
  onSubmit: () => void;
  onClose: () => void;
  /** Extra actions left of Cancel (e.g. "Hand to the team's lead"). */
  extra?: ReactNode;
};

/** The ownership page's dialog for one fix: the shared form dialog with "Apply" as its action. */
export function FixDialog({ children, ...props }: Props) {
  const { m } = useI18n();
  return <FormDialog {...props} submitLabel={m.ownership.fix.apply} busyLabel={m.ownership.fix.applying}>{children}</FormDialog>;
}
