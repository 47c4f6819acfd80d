"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { ZContractSettingsUpdate } from "@/lib/schemas/contract";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { contractKeys, contractSettingsQuery } from "@/lib/queries/contracts";
import { Card } from "@/components/ui/page-header";
import { InlineSetting } from "@/components/ui/inline-setting";

/** The shared error schema contracts are linted against (GET/PATCH /contracts/settings); admins change it. */
export function ErrorSchemaSetting({ canEdit }: { canEdit: boolean }) {
  const { m, schemaErrors } = useI18n();
  const t = m.contracts.settings;
  const qc = useQueryClient();
  const settings = useQuery(contractSettingsQuery());
  return (
    <Card title={t.title}>
      <div className="space-y-1 text-sm text-slate-700" data-testid="contract-settings">
        {settings.data ? (
          <InlineSetting display={fmt(t.errorSchema, { ref: settings.data.errorSchemaRef })} label={t.errorSchemaLabel}
            value={settings.data.errorSchemaRef} canEdit={canEdit} savedText={t.saved} field="errorSchemaRef"
            inputProps={{ className: "w-72", maxLength: 300 }}
            parse={(draft) => {
              const parsed = ZContractSettingsUpdate.safeParse({ errorSchemaRef: draft }, { error: schemaErrors });
              return parsed.success ? { ok: true, value: parsed.data.errorSchemaRef } : { ok: false, message: parsed.error.issues[0]?.message ?? "" };
            }}
            save={(errorSchemaRef: string) => api("/contracts/settings", { method: "PATCH", body: { errorSchemaRef } })}
            onSaved={() => void qc.invalidateQueries({ queryKey: contractKeys.settings() })} />
        ) : (
          <p className="text-slate-500">{settings.isError ? m.common.states.error : m.common.states.loading}</p>
        )}
        <p className="text-xs text-slate-500">{t.hint}</p>
      </div>
    </Card>
  );
}
