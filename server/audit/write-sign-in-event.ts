import "server-only";
import type { Db, Tx } from "@/server/db";
import type { AuditAction } from "@/server/generated/prisma/enums";

export type SignInAction = Extract<AuditAction, "SIGN_IN_SUCCEEDED" | "SIGN_IN_FAILED" | "SIGN_IN_LOCKED_OUT">;
/** Why a sign-in failed, for admins (the person signing in sees one generic message). */
export type SignInFailure = "unknown-account" | "wrong-password" | "deactivated" | "malformed";

export type WriteSignInEventOptions = {
  action: SignInAction;
  /** The email as typed (normalised when it parsed); never the password. */
  email: string;
  /** The account the email belongs to, when one does: the entry's entity (else the email is). */
  userId: string | null;
  /** The client's address (server/http/request-origin.ts); undefined when the server could not tell. */
  address: string | undefined;
  userAgent: string | undefined;
  reason?: SignInFailure;
};

// What a client typed goes into text and jsonb columns: PostgreSQL refuses NUL in both, and
// control characters have no business in a log a person reads. Bounded, as anything sent is.
const clean = (value: string, max: number) => value.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, max);

/**
 * Records a sign-in attempt as a security event (entity type SECURITY, admins only): who (the
 * email tried, and the account it belongs to), when, and from where. Only a success proves who
 * acted, so only then is the account the entry's actor too: a stranger guessing a password is not
 * shown as the account's owner doing something.
 */
export async function writeSignInEvent(client: Db | Tx, o: WriteSignInEventOptions): Promise<void> {
  const email = clean(o.email, 254);
  await client.auditEntry.create({
    data: {
      actorUserId: o.action === "SIGN_IN_SUCCEEDED" ? o.userId : null,
      actorTokenId: null,
      actorLabel: email,
      action: o.action,
      entityType: "SECURITY",
      entityId: o.userId ?? (email || "unknown"),
      after: {
        email,
        sourceAddress: o.address ? clean(o.address, 100) : "unknown",
        userAgent: o.userAgent ? clean(o.userAgent, 300) : null,
        ...(o.reason ? { reason: o.reason } : {}),
      },
    },
  });
}
