"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { DeleteDialog } from "./delete-dialog";
import { invalidateCatalog } from "@/lib/queries/invalidate";

type Props = {
  /** The API path of the record, e.g. /systems/{id}. */
  path: string;
  /** Shown in the confirmation title. */
  name: string;
  /** Where to go once it is deleted. */
  listHref: string;
};

/** Delete with confirmation (DeleteDialog), then back to the list. */
export function DeleteButton({ path, name, listHref }: Props) {
  const { m } = useI18n();
  const router = useRouter();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>{m.common.actions.delete}</Button>
      <DeleteDialog open={open} path={path} name={name} onCancel={() => setOpen(false)}
        onDeleted={() => {
          setOpen(false);
          router.push(listHref);
          invalidateCatalog(qc, "none");
        }} />
    </>
  );
}
