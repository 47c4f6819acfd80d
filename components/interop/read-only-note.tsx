"use client";
import { useI18n } from "@/lib/i18n/client";
import { Banner } from "@/components/ui/feedback";

/** What a viewer sees instead of an import form: why, and what they can still do. */
export function ReadOnlyNote() {
  const { m } = useI18n();
  return (
    <Banner tone="info">
      <p className="font-medium">{m.interop.readOnly.title}</p>
      <p className="mt-1">{m.interop.readOnly.body}</p>
    </Banner>
  );
}
