import { ApiError } from "@/lib/api-client";
import type { Messages } from "@/lib/i18n/messages";

/** What to tell a person about a failed request: the API's own words for expected refusals. */
export function errorMessage(error: unknown, m: Messages): string {
  if (!(error instanceof ApiError)) return m.common.states.error;
  if (error.status === 403) return m.common.states.forbidden;
  if (error.status === 404) return m.common.states.notFound;
  if (error.status >= 500) return m.common.states.error;
  return error.detail;
}
