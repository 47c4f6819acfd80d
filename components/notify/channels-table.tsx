"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TChannel } from "@/lib/schemas/notify-channel";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/feedback";
import { Button } from "@/components/ui/button";
import { ChannelTestResult } from "./channel-test-result";
import { DeleteButton } from "./delete-button";
import { useDeleteChannel, useTestChannel } from "./use-notify";

const noSort = () => {};

function TestButton({ channel }: { channel: TChannel }) {
  const { m } = useI18n();
  const test = useTestChannel();
  const [sent, setSent] = useState<string>();
  return (
    <div className="space-y-1">
      <Button variant="secondary" disabled={test.isPending} aria-label={`${m.notify.channels.test}: ${channel.name}`}
        onClick={() => test.mutate(channel.id, { onSuccess: (r) => setSent(r.notificationId) })}>
        {test.isPending ? m.notify.channels.testing : m.notify.channels.test}
      </Button>
      {sent && <ChannelTestResult channelId={channel.id} notificationId={sent} />}
    </div>
  );
}

/** Channels with where they send, the teams they serve, and test / edit / delete. */
export function ChannelsTable({ channels, onEdit }: { channels: TChannel[]; onEdit: (c: TChannel) => void }) {
  const { m } = useI18n();
  const t = m.notify.channels;
  const remove = useDeleteChannel();
  const columns: Column<TChannel>[] = [
    { id: "name", header: t.columns.name, cell: (c) => <span className="font-medium">{c.name}</span> },
    { id: "kind", header: t.columns.kind, cell: (c) => <span className="whitespace-nowrap">{t.kinds[c.kind]}{c.hasSecret && <> · <Badge>{t.secretSet}</Badge></>}</span> },
    { id: "target", header: t.columns.target, cell: (c) => <code className="break-all text-xs">{"url" in c.config ? c.config.url : c.config.to.join(", ")}</code> },
    { id: "teams", header: t.columns.teams, cell: (c) => (c.teams.length ? c.teams.map((x) => x.name).join(", ") : <span className="text-slate-500">{t.noTeams}</span>) },
    { id: "status", header: t.columns.status, cell: (c) => <Badge tone={c.enabled ? "emerald" : "slate"}>{c.enabled ? t.enabled : t.disabled}</Badge> },
    {
      id: "actions", header: t.columns.actions, className: "w-0", cell: (c) => (
        <div className="flex items-start gap-1">
          <TestButton channel={c} />
          <Button variant="ghost" aria-label={`${t.edit}: ${c.name}`} onClick={() => onEdit(c)}>{t.edit}</Button>
          <DeleteButton id={c.id} label={t.delete} title={fmt(t.deleteTitle, { name: c.name })} body={t.deleteBody} busyLabel={t.deleting} remove={remove} />
        </div>
      ),
    },
  ];
  return <DataTable caption={t.caption} columns={columns} rows={channels} rowKey={(c) => c.id} sort="" onSort={noSort} />;
}
