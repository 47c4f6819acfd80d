import "server-only";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { compileMatchers, matchesAll, type Matcher } from "@/lib/alerts/match-silence";
import type { TSilenceCreate } from "@/lib/schemas/alerts-admin";
import { silenceView } from "./silence-view";

export type CreateSilenceOptions = { actor: Actor; input: TSilenceCreate; now?: Date; tx?: Tx };

/**
 * A silence, audited. One that is already in force also marks the open, unsuppressed alerts it
 * matches as silenced (what the preview counted): they stay stored and counted, and, like those
 * arriving while it lasts, notify nobody new. Alerts already in an incident keep it.
 */
export async function createSilence({ actor, input, now = new Date(), tx }: CreateSilenceOptions) {
  const run = async (t: Tx) => {
    const startsAt = input.startsAt ? new Date(input.startsAt) : now;
    const silence = await t.silence.create({
      data: { matchers: input.matchers, startsAt, endsAt: new Date(input.endsAt), comment: input.comment, createdById: actor.userId },
    });
    if (startsAt <= now) {
      const matchers = compileMatchers(input.matchers as Matcher[]);
      const open = await t.alert.findMany({ where: { state: { not: "RESOLVED" }, suppressedBy: null, incidentId: null }, select: { id: true, labels: true } });
      const ids = open.filter((a) => matchesAll(matchers, a.labels as Record<string, string>)).map((a) => a.id);
      if (ids.length) await t.alert.updateMany({ where: { id: { in: ids } }, data: { suppressedBy: "SILENCE", silenceId: silence.id } });
    }
    await writeAudit(t, { actor, action: "CREATE", entityType: "SILENCE", entityId: silence.id, after: silence });
    return silenceView(silence, now);
  };
  return tx ? run(tx) : db().$transaction(run);
}
