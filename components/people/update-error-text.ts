import { ApiError } from "@/lib/api-client";
import type { Messages } from "@/lib/i18n/messages";

/**
 * What to tell an admin when a change to a person fails. The API's 409s (last admin, deactivating
 * yourself) are written for people and shown as they are; a stale version gets our own wording.
 */
export function updateErrorText(error: unknown, m: Messages): string {
  if (!(error instanceof ApiError)) return m.common.states.error;
  if (error.isStaleVersion) return m.common.form.staleVersion;
  if (error.status === 403) return m.common.states.forbidden;
  return error.detail;
}
