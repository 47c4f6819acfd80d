import { ZEmail } from "@/lib/schemas/user";
import type { Messages } from "@/lib/i18n/messages";

export const MIN_PASSWORD_LENGTH = 12;

export type PersonDraft = { email: string; name: string; password: string };

/** The checks a person can fix before the request goes out, in their language. The API checks again. */
export function validatePerson(d: PersonDraft, m: Messages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!ZEmail.safeParse(d.email).success) errors.email = m.people.create.invalidEmail;
  if (!d.name.trim()) errors.name = m.common.form.required;
  if (d.password.length < MIN_PASSWORD_LENGTH) errors.password = m.people.create.passwordTooShort;
  return errors;
}
