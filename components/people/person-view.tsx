"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Badge, Banner } from "@/components/ui/feedback";
import { Card, PageHeader } from "@/components/ui/page-header";
import { HistoryPanel } from "@/components/audit/history-panel";
import { ActiveBadge } from "./active-badge";
import { PersonAdminPanel } from "./person-admin-panel";
import { PersonOwnerships } from "./person-ownerships";
import { PersonSummary } from "./person-summary";
import { isFullRecord, type Person } from "./types";

type Props = { person: Person; canManage: boolean; currentUserId: string };

/** A person's page: who they are, what they own, their teams; for admins also the controls and history. */
export function PersonView({ person: fromServer, canManage, currentUserId }: Props) {
  const { m } = useI18n();
  // An admin's change returns the new record at once; a later server refresh replaces it again.
  const [person, setPerson] = useState(fromServer);
  const [seen, setSeen] = useState(fromServer);
  if (seen !== fromServer) {
    setSeen(fromServer);
    // A refresh that started before our own change can arrive after it: never step back a version.
    const older = isFullRecord(fromServer) && isFullRecord(person) && fromServer.id === person.id && fromServer.version < person.version;
    if (!older) setPerson(fromServer);
  }
  const isSelf = person.id === currentUserId;
  const admin = canManage && isFullRecord(person);

  return (
    <div className="space-y-5">
      <PageHeader
        title={<span className="inline-flex flex-wrap items-center gap-2">{person.name}<ActiveBadge active={person.active} />{isSelf && <Badge>{m.people.you}</Badge>}</span>}
        subtitle={person.email}
      />
      {!person.active && <Banner tone="info">{m.people.detail.deactivatedNote}</Banner>}
      {/* Admins get a side column of controls; everyone else the full width. */}
      <div className={admin ? "grid gap-5 lg:grid-cols-3" : undefined}>
        <div className={admin ? "space-y-5 lg:col-span-2" : "space-y-5"}>
          <Card title={m.people.detail.overview}><PersonSummary person={person} /></Card>
          <PersonOwnerships userId={person.id} />
        </div>
        {admin && (
          <div>
            <PersonAdminPanel person={person} isSelf={isSelf} onUpdated={setPerson} />
          </div>
        )}
      </div>
      {admin && <HistoryPanel entityType="USER" entityId={person.id} />}
    </div>
  );
}
