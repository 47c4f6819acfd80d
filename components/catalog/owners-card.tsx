"use client";
import type { ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Badge } from "@/components/ui/feedback";
import { Card, DescriptionList } from "@/components/ui/page-header";
import { InheritedMark } from "./inherited-mark";
import { PersonLabel, RefLink } from "./people";
import type { TRef, TUserRef } from "./types";

/** What an interface takes from its provider system, for the fields it leaves empty. */
export type TInherited = { team: TRef | null; technicalOwner: TUserRef | null };

type Props = {
  team: TRef | null;
  technicalOwner: TUserRef | null;
  businessOwner?: TUserRef | null;
  /** Interfaces: the provider's owners standing in for missing ones, and the provider itself. */
  inherited?: TInherited | null;
  provider?: TRef;
  /** Under the owners, e.g. when they were last confirmed. */
  footer?: ReactNode;
};

/**
 * Who answers for a system or interface. Deactivated owners are marked so the rot is visible;
 * an owner inherited from the provider system is marked as such, so nobody mistakes it for one
 * the interface declares.
 */
export function OwnersCard({ team, technicalOwner, businessOwner, inherited, provider, footer }: Props) {
  const { m } = useI18n();
  const f = m.common.fields;
  const inheritedTeam = !team && inherited?.team ? inherited.team : null;
  const inheritedOwner = !technicalOwner && inherited?.technicalOwner ? inherited.technicalOwner : null;
  const mark = provider ? <InheritedMark from={provider} /> : <Badge>{m.ownership.inherited.mark}</Badge>;

  let teamValue: ReactNode = <span className="text-amber-700">{m.systems.shared.noOwner}</span>;
  if (team) teamValue = <RefLink href={`/teams/${team.id}`} entity={team} />;
  else if (inheritedTeam) teamValue = <Stacked main={<RefLink href={`/teams/${inheritedTeam.id}`} entity={inheritedTeam} />} mark={mark} />;

  let ownerValue: ReactNode = <PersonLabel user={technicalOwner} showEmail />;
  if (inheritedOwner) ownerValue = <Stacked main={<PersonLabel user={inheritedOwner} showEmail />} mark={mark} />;

  const items = [
    { label: f.team, value: teamValue },
    { label: f.technicalOwner, value: ownerValue },
  ];
  if (businessOwner !== undefined) items.push({ label: f.businessOwner, value: <PersonLabel user={businessOwner} showEmail /> });
  return (
    <Card title={m.systems.shared.owners}>
      <DescriptionList stacked items={items} />
      {footer && <div className="mt-4 border-t border-slate-100 pt-3">{footer}</div>}
    </Card>
  );
}

function Stacked({ main, mark }: { main: ReactNode; mark: ReactNode }) {
  return (
    <span className="flex flex-col gap-0.5">
      <span className="italic">{main}</span>
      {mark}
    </span>
  );
}
