"use client";
import { useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { ZOwnershipSettingsUpdate } from "@/lib/schemas/ownership";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import { InlineSetting } from "@/components/ui/inline-setting";
import { ownershipKeys } from "@/lib/queries/ownership";

/**
 * "Bus factor: more than N tier-0/1 systems per technical owner", and for admins an inline editor
 * for N (PATCH /ownership/settings). Everything refetches after a change: N moves the findings.
 */
export function BusFactorSetting({ value, isAdmin }: { value: number; isAdmin: boolean }) {
  const { m, locale, schemaErrors } = useI18n();
  const t = m.ownership.score;
  const qc = useQueryClient();
  return (
    <InlineSetting display={countLabel(locale, value, t.busFactor)} label={t.busFactorLabel} value={String(value)} canEdit={isAdmin}
      savedText={t.saved} field="busFactorThreshold"
      inputProps={{ type: "number", inputMode: "numeric", min: 1, max: 1000, step: 1, className: "w-24" }}
      parse={(draft) => {
        // An empty box is not a number (Number("") would be 0).
        const parsed = ZOwnershipSettingsUpdate.safeParse({ busFactorThreshold: draft.trim() === "" ? Number.NaN : Number(draft) }, { error: schemaErrors });
        return parsed.success ? { ok: true, value: parsed.data.busFactorThreshold } : { ok: false, message: parsed.error.issues[0]?.message ?? "" };
      }}
      save={(busFactorThreshold: number) => api("/ownership/settings", { method: "PATCH", body: { busFactorThreshold } })}
      onSaved={() => void qc.invalidateQueries({ queryKey: ownershipKeys.all })} />
  );
}
