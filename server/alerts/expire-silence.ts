import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/http/app-error";
import { versionedUpdate } from "@/server/shared/versioned-update";
import { releaseSuppressedAlerts } from "./release-suppressed-alerts";
import { silenceView } from "./silence-view";

export type ExpireSilenceOptions = { actor: Actor; id: string; version: number };

/**
 * Ends a silence now (audited). Its alerts that still fire are then processed as if they had just
 * arrived — at once, not at the next minute's job.
 */
export async function expireSilence({ actor, id, version }: ExpireSilenceOptions) {
  const now = new Date();
  const after = await db().$transaction((tx) =>
    versionedUpdate({
      tx, actor, id, version,
      entity: { type: "SILENCE", name: "silence" },
      find: () => tx.silence.findUnique({ where: { id } }),
      check: (before) => {
        if (before.endsAt <= now) throw AppError.conflict({ key: "silenceAlreadyEnded" });
      },
      write: (where, next) => tx.silence.updateMany({ where, data: { endsAt: now, expiredAt: now, version: next } }),
      reread: () => tx.silence.findUniqueOrThrow({ where: { id } }),
    }),
  );
  await releaseSuppressedAlerts({ now });
  return silenceView(after, now);
}
