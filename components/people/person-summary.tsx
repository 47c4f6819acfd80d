"use client";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import { DescriptionList } from "@/components/ui/page-header";
import { ActiveBadge } from "./active-badge";
import { isFullRecord, type Person } from "./types";

/** Email and status for everyone; role, last sign-in, language and when they were added for admins. */
export function PersonSummary({ person }: { person: Person }) {
  const { m, locale } = useI18n();
  const items = [
    { label: m.people.columns.email, value: <a href={`mailto:${person.email}`} className="text-indigo-700 hover:underline">{person.email}</a> },
    { label: m.people.columns.status, value: <ActiveBadge active={person.active} /> },
  ];
  if (isFullRecord(person)) {
    items.push(
      { label: m.people.columns.role, value: <>{m.enums.Role[person.role]}</> },
      { label: m.people.detail.lastLoginAt, value: <>{person.lastLoginAt ? formatDateTime(person.lastLoginAt, locale) : m.people.never}</> },
      { label: m.people.detail.language, value: <>{m.audit.locales[person.locale]}</> },
      { label: m.people.detail.createdAt, value: <>{formatDateTime(person.createdAt, locale)}</> },
    );
  }
  return <DescriptionList items={items} />;
}
