"use client";
import { useI18n } from "@/lib/i18n/client";
import { Card, DescriptionList } from "@/components/ui/page-header";
import { PersonLabel, RefLink } from "./people";
import type { TRef, TUserRef } from "./types";

type Props = { team: TRef | null; technicalOwner: TUserRef | null; businessOwner?: TUserRef | null };

/** Who answers for a system or interface; deactivated owners are marked so the rot is visible. */
export function OwnersCard({ team, technicalOwner, businessOwner }: Props) {
  const { m } = useI18n();
  const f = m.common.fields;
  const items = [
    { label: f.team, value: team ? <RefLink href={`/teams/${team.id}`} entity={team} /> : <span className="text-amber-700">{m.systems.shared.noOwner}</span> },
    { label: f.technicalOwner, value: <PersonLabel user={technicalOwner} showEmail /> },
  ];
  if (businessOwner !== undefined) items.push({ label: f.businessOwner, value: <PersonLabel user={businessOwner} showEmail /> });
  return (
    <Card title={m.systems.shared.owners}>
      <DescriptionList stacked items={items} />
    </Card>
  );
}
