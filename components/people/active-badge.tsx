"use client";
import { useI18n } from "@/lib/i18n/client";
import { Badge } from "@/components/ui/feedback";

export function ActiveBadge({ active }: { active: boolean }) {
  const { m } = useI18n();
  return <Badge tone={active ? "emerald" : "red"}>{active ? m.people.status.active : m.people.status.inactive}</Badge>;
}
