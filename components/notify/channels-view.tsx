"use client";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { channelListQuery } from "@/lib/queries/notify";
import type { TChannel } from "@/lib/schemas/notify-channel";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { ChannelForm } from "./channel-form";
import { ChannelsTable } from "./channels-table";

/** /settings/channels: the list, and one form at a time (new, or editing a channel). */
export function ChannelsView() {
  const { m } = useI18n();
  const t = m.notify.channels;
  const list = useQuery(channelListQuery());
  const [editing, setEditing] = useState<TChannel | "new" | null>(null);
  const form = editing && (
    <ChannelForm key={editing === "new" ? "new" : editing.id} channel={editing === "new" ? undefined : editing} onDone={() => setEditing(null)} />
  );
  return (
    <div className="space-y-4">
      {form ?? <Button onClick={() => setEditing("new")}>{t.add}</Button>}
      {list.isPending ? <Spinner /> : list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} />
        : list.data.items.length === 0 ? <EmptyState title={t.empty}>{t.emptyHint}</EmptyState>
          : <ChannelsTable channels={list.data.items} onEdit={setEditing} />}
    </div>
  );
}
