// Who is acting: a signed-in user or one of their API tokens. Built per request from the
// database, so a deactivated user or a revoked token stops working at once.
import type { Role, TokenScope } from "@/server/generated/prisma/enums";

export type Actor = {
  userId: string;
  role: Role;
  email: string;
  name: string;
  locale: string;
  tokenId?: string;
  /** FULL for people and their personal tokens; INGEST or SCRAPE for an admin's machine token. */
  scope: TokenScope;
  /** The webhook source whose signature let the request in (server/health/verify-signature.ts). */
  sourceId?: string;
};

export function toActor(
  user: { id: string; role: Role; email: string; name: string; locale: string },
  tokenId?: string,
  scope: TokenScope = "FULL",
): Actor {
  return { userId: user.id, role: user.role, email: user.email, name: user.name, locale: user.locale, tokenId, scope };
}
