"use client";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { ApiError } from "@/lib/api-client";
import { CHANNEL_KINDS, SIGNING_KINDS, type TChannel, type TChannelKind } from "@/lib/schemas/notify-channel";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Input, Select, Textarea } from "@/components/ui/field";
import { Banner } from "@/components/ui/feedback";
import { Card } from "@/components/ui/page-header";
import type { TRef } from "@/components/catalog/types";
import { TeamChips } from "./team-chips";
import { useSaveChannel } from "./use-notify";

/** Create or edit a channel; the fields follow the kind (a URL, or recipients for email). */
export function ChannelForm({ channel, onDone }: { channel?: TChannel; onDone: () => void }) {
  const { m } = useI18n();
  const t = m.notify.channels.form;
  const save = useSaveChannel();
  const [name, setName] = useState(channel?.name ?? "");
  const [kind, setKind] = useState<TChannelKind>(channel?.kind ?? "WEBHOOK");
  const [url, setUrl] = useState(channel && "url" in channel.config ? channel.config.url : "");
  const [to, setTo] = useState(channel && "to" in channel.config ? channel.config.to.join("\n") : "");
  const [secret, setSecret] = useState("");
  const [clearSecret, setClearSecret] = useState(false);
  const [enabled, setEnabled] = useState(channel?.enabled ?? true);
  const [teams, setTeams] = useState<TRef[]>(channel?.teams ?? []);
  const errors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  const errorAt = (prefix: string) => Object.entries(errors).find(([path]) => path === prefix || path.startsWith(`${prefix}.`))?.[1];

  function submit(e: FormEvent) {
    e.preventDefault();
    const config = kind === "EMAIL" ? { to: to.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean) } : { url: url.trim() };
    const secretField = secret ? { secret } : clearSecret ? { secret: null } : {};
    const common = { name: name.trim(), config, enabled, teamIds: teams.map((x) => x.id), ...secretField };
    const body = channel ? { ...common, version: channel.version } : { ...common, kind };
    save.mutate({ id: channel?.id, body }, { onSuccess: onDone });
  }

  return (
    <Card title={channel ? fmt(t.editTitle, { name: channel.name }) : t.createTitle}>
      <form onSubmit={submit} noValidate className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label={t.name} error={errorAt("name")} required>
          {(id, d) => <Input id={id} value={name} maxLength={100} aria-describedby={d} aria-invalid={Boolean(errorAt("name")) || undefined} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t.kind}>
          {(id) => (
            <Select id={id} value={kind} disabled={Boolean(channel)} onChange={(e) => setKind(e.target.value as TChannelKind)}>
              {CHANNEL_KINDS.map((k) => <option key={k} value={k}>{m.notify.channels.kinds[k]}</option>)}
            </Select>
          )}
        </Field>
        <div className="md:col-span-2">
          {kind === "EMAIL" ? (
            <Field label={t.to} hint={t.toHint} error={errorAt("config")} required>
              {(id, d) => <Textarea id={id} value={to} aria-describedby={d} aria-invalid={Boolean(errorAt("config")) || undefined} onChange={(e) => setTo(e.target.value)} />}
            </Field>
          ) : (
            <Field label={t.url} hint={t.urlHint} error={errorAt("config")} required>
              {(id, d) => <Input id={id} type="url" value={url} aria-describedby={d} aria-invalid={Boolean(errorAt("config")) || undefined} onChange={(e) => setUrl(e.target.value)} />}
            </Field>
          )}
        </div>
        {SIGNING_KINDS.includes(kind) && (
          <div className="space-y-2 md:col-span-2">
            <Field label={t.secret} hint={channel?.hasSecret ? t.secretKeep : t.secretHint} error={errorAt("secret")}>
              {(id, d) => <Input id={id} type="password" autoComplete="new-password" value={secret} aria-describedby={d} onChange={(e) => setSecret(e.target.value)} />}
            </Field>
            {channel?.hasSecret && <Checkbox label={t.clearSecret} checked={clearSecret} onChange={(e) => setClearSecret(e.target.checked)} />}
          </div>
        )}
        <div className="md:col-span-2"><TeamChips teams={teams} onChange={setTeams} /></div>
        {errorAt("teamIds") && <p role="alert" className="text-xs text-red-600 md:col-span-2">{errorAt("teamIds")}</p>}
        <Checkbox label={t.enabled} checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        {save.isError && !Object.keys(errors).length && (
          <div className="md:col-span-2"><Banner>{save.error instanceof ApiError ? save.error.detail : m.common.states.error}</Banner></div>
        )}
        <div className="flex gap-2 md:col-span-2">
          <Button type="submit" disabled={save.isPending}>{save.isPending ? t.saving : t.save}</Button>
          <Button variant="secondary" onClick={onDone}>{t.cancel}</Button>
        </div>
      </form>
    </Card>
  );
}
