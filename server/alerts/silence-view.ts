import "server-only";
import type { Silence } from "@/server/generated/prisma/client";

/** A silence as the API shows it: with whether it is in force now. */
export function silenceView(s: Silence, now = new Date()) {
  return { ...s, matchers: s.matchers as { label: string; op: string; value: string }[], active: s.startsAt <= now && now < s.endsAt };
}
