"use client";
import type { ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Button, ButtonLink } from "@/components/ui/button";

type Props = {
  href: string;
  canWrite: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onImpact: (direction: "downstream" | "upstream") => void;
  extra?: ReactNode;
};

/** What can be done with the selected system or interface; editing only for roles that may. */
export function PanelActions({ href, canWrite, onEdit, onDelete, onImpact, extra }: Props) {
  const { m } = useI18n();
  const t = m.topology.panel;
  return (
    <div className="flex flex-wrap gap-2">
      <Button onClick={() => onImpact("downstream")} title={t.impactDownHint}>{t.impactDown}</Button>
      <Button variant="secondary" onClick={() => onImpact("upstream")} title={t.impactUpHint}>{t.impactUp}</Button>
      {extra}
      <ButtonLink variant="secondary" href={href}>{t.openPage}</ButtonLink>
      {canWrite && <Button variant="secondary" onClick={onEdit}>{m.common.actions.edit}</Button>}
      {canWrite && <Button variant="danger" onClick={onDelete}>{m.common.actions.delete}</Button>}
    </div>
  );
}
