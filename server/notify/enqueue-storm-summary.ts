import "server-only";
import type { Tx } from "@/server/db";
import { writeNotifications } from "./write-notifications";

export type EnqueueStormSummaryOptions = { source: string; minuteStart: Date; alertCount: number; incidentIds: string[] };

/**
 * Beyond the storm threshold: one summary per source and minute to each affected team's enabled
 * channels, however often processing calls this within the minute (the idempotency key is per
 * source, minute and channel; a later call with more incidents adds no second summary).
 */
export async function enqueueStormSummary(tx: Tx, { source, minuteStart, alertCount, incidentIds }: EnqueueStormSummaryOptions): Promise<void> {
  const incidents = await tx.incident.findMany({ where: { id: { in: incidentIds } }, select: { number: true, teamId: true } });
  const teamIds = [...new Set(incidents.map((i) => i.teamId).filter((t): t is string => Boolean(t)))];
  if (!teamIds.length) return;
  const links = await tx.teamChannel.findMany({
    where: { teamId: { in: teamIds }, channel: { enabled: true } },
    select: { channelId: true, channel: { select: { name: true } } },
  });
  const channels = new Map(links.map((l) => [l.channelId, l.channel.name]));
  const minute = minuteStart.toISOString().slice(0, 16).replace("T", " ");
  const numbers = incidents.map((i) => `#${i.number}`).sort().slice(0, 30).join(", ");
  const message = {
    subject: `[STORM 告警风暴] ${source}: ${alertCount}+ alerts in the minute from ${minute} UTC`,
    text: `Alert storm from ${source}: more alerts than the storm threshold in the minute from ${minute} UTC (${alertCount} so far); incidents ${numbers}. Individual notifications are held back.\n`
      + `告警风暴：来源 ${source} 在 ${minute} UTC 起的一分钟内告警数超过阈值（目前 ${alertCount} 条）；事件 ${numbers}。单条通知已暂停发送。`,
    severity: "critical",
  };
  await writeNotifications(
    tx,
    [...channels].map(([channelId, name]) => ({
      idempotencyKey: `storm:${source}:${minuteStart.toISOString()}:channel:${channelId}`,
      kind: "STORM_SUMMARY",
      incidentId: null,
      channelId,
      userId: null,
      targetNote: `storm summary: team channel ${name}`,
      message,
    })),
  );
}
