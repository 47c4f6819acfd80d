import "server-only";
import type { NextRequest } from "next/server";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { AppError } from "@/server/http/app-error";
import type { AlertSourceKind } from "@/server/generated/prisma/enums";
import { PROBLEMS } from "@/lib/i18n/problems";
import { renderFieldMessage } from "@/lib/i18n/problems/render";
import { REJECTION_BODY_MAX_BYTES } from "@/lib/alerts/alert-rules";

/** The first `max` bytes of UTF-8, never cutting a character in two. */
function truncateUtf8(text: string, max: number): string {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= max) return text;
  let end = max;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString("utf8");
}

/**
 * A refused delivery, kept for inspection (the rejected-deliveries log): who sent it, the status,
 * the field errors (in English, for whoever reads the log) and the body, cut at 64 KB. Only from
 * authenticated senders — an anonymous one could fill the table at will, and what it sent is not
 * ours to keep (a 401 says all it needs to know). The oldest rows go in the minute job.
 */
export function recordRejection(sourceKind: AlertSourceKind) {
  return async ({ actor, raw, error }: { req: NextRequest; actor: Actor; raw: string; error: AppError }): Promise<void> => {
    const fields = PROBLEMS.en.fields;
    await db().alertRejection.create({
      data: {
        sourceKind,
        actorLabel: actor.email.slice(0, 200),
        status: error.status,
        errors: error.errors.length
          ? error.errors.map(({ path, message }) => ({ path, message: "key" in message ? renderFieldMessage(fields, "en", message) : message.text }))
          : [{ path: "", message: error.message }],
        // PostgreSQL text cannot hold NUL: a body carrying one (refused for it) is kept without it.
        body: truncateUtf8(raw, REJECTION_BODY_MAX_BYTES).replaceAll("\u0000", ""),
      },
    });
  };
}
