"use client";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TTeam } from "@/lib/schemas/team";
import { useI18n } from "@/lib/i18n/client";
import { SelectField, TextField } from "@/components/catalog/form-fields";
import { FormSection, FormShell } from "@/components/catalog/form-shell";
import { invalidateCatalog } from "@/lib/queries/invalidate";
import { useEntityForm } from "@/components/catalog/use-entity-form";
import { MembersEditor } from "./members-editor";
import { teamRequest, toTeamDraft, type TeamDraft } from "./team-form-values";

/** Create or edit a team with its members; after saving, its page. */
export function TeamForm({ team, onReload }: { team?: TTeam; onReload?: () => void }) {
  const i18n = useI18n();
  const { m } = i18n;
  const router = useRouter();
  const qc = useQueryClient();
  const form = useEntityForm<TeamDraft, TTeam>({
    initial: toTeamDraft(team),
    validate: (draft) => teamRequest(draft, i18n, team),
    send: (body) => team
      ? api<TTeam>(`/teams/${team.id}`, { method: "PATCH", body })
      : api<TTeam>("/teams", { method: "POST", body }),
    onSaved: (saved) => {
      invalidateCatalog(qc);
      router.push(`/teams/${saved.id}`);
    },
    onUnchanged: () => router.push(`/teams/${team?.id ?? ""}`),
  });
  const f = { ...m.common.fields, ...m.teams.fields };
  const h = m.teams.hints;
  return (
    <FormShell form={form} cancelHref={team ? `/teams/${team.id}` : "/teams"} onReload={onReload}>
      <FormSection title={m.teams.form.identity}>
        <TextField form={form} name="name" label={f.name} required />
        <TextField form={form} name="key" label={f.key} hint={h.key} required />
        <TextField form={form} name="description" label={f.description} multiline wide />
      </FormSection>
      <FormSection title={m.teams.form.contact}>
        <TextField form={form} name="contactEmail" label={f.contactEmail} type="email" />
        <TextField form={form} name="chatChannel" label={f.chatChannel} hint={h.chatChannel} />
        <TextField form={form} name="onCall" label={f.onCall} hint={h.onCall} />
        <SelectField form={form} name="onCallUserId" label={f.onCallUserId} hint={h.onCallUserId} placeholder={m.teams.form.noOnCallUser}
          options={form.draft.members.map((mb) => ({ value: mb.user.id, label: mb.user.name }))} />
      </FormSection>
      <FormSection title={m.teams.form.members}>
        <MembersEditor form={form} />
      </FormSection>
    </FormShell>
  );
}
