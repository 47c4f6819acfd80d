"use client";
import { useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt } from "@/lib/i18n/format";
import { ApiError } from "@/lib/api-client";
import type { TUser, TUserDeactivateResult, TUserOwnerships } from "@/lib/schemas/user";
import { Button } from "@/components/ui/button";
import { Banner } from "@/components/ui/feedback";
import { UserPicker } from "@/components/pickers/user-picker";
import { updateErrorText } from "./update-error-text";
import { useDeactivatePerson } from "./use-deactivate-person";
import { HandoverRow } from "./handover-row";
import { OnlyLeadNote } from "./only-lead-note";
import {
  allToLead, allToPerson, errorsByRow, initialChoices, leadsFor, rowKey, rowProblems, summarize, teamsById, toHandovers, type Choice,
} from "./handover-choices";
import { WideDialog } from "./wide-dialog";

const PAGE = 100;

type Props = {
  person: TUser;
  ownerships: TUserOwnerships;
  onCancel: () => void;
  onDone: (result: TUserDeactivateResult) => void;
  /** Loads the ownerships again (after the API said one is no longer theirs). */
  onReload: () => void;
};

/**
 * Deactivation of someone who owns things: a choice per ownership (a person, the team's lead, or a
 * gap), shortcuts for all rows, a running summary, and one request for everything. On failure the
 * dialog stays open with every choice kept and the errors next to their rows.
 */
export function HandoverDialog({ person, ownerships, onCancel, onDone, onReload }: Props) {
  const { m, locale } = useI18n();
  const t = m.people.handover;
  const items = ownerships.items;
  const [teams] = useState(() => teamsById(ownerships.teams));
  const form = useRef<HTMLFormElement>(null);
  const [choices, setChoices] = useState(() => initialChoices(items, person.id, teams));
  const [showProblems, setShowProblems] = useState(false);
  const [allPerson, setAllPerson] = useState(false);
  const [sentRows, setSentRows] = useState<string[]>([]);
  // Rows render in pages: someone can own thousands, and the shortcuts cover the rows not shown.
  const [shown, setShown] = useState(PAGE);
  const deactivate = useDeactivatePerson(person.id, onDone);
  const busy = deactivate.isPending;

  const summary = summarize(items, choices);
  const problems = rowProblems(items, choices, person.id);
  const apiErrors = deactivate.error instanceof ApiError ? errorsByRow(deactivate.error.errors, sentRows) : {};
  const withLead = items.filter((o) => leadsFor(o, person.id, teams).length > 0).length;

  const rowError = (key: string): string | undefined => {
    const problem = showProblems ? problems[key] : undefined;
    if (problem) return problem === "choosePerson" ? t.choosePerson : fmt(t.notThemselves, { name: person.name });
    const api = apiErrors[key];
    if (!api) return undefined;
    return api.field === "entityId" ? t.noLongerTheirs : fmt(t.cannotTakeOver, { reason: api.message });
  };
  const change = (key: string, choice: Choice) => {
    setChoices((c) => ({ ...c, [key]: choice }));
    deactivate.reset();
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (Object.keys(problems).length) {
      setShowProblems(true);
      // After the render that marks them: focus the first row that needs a choice.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const { handovers, rows } = toHandovers(items, choices);
    setSentRows(rows);
    deactivate.mutate({ version: person.version, handovers });
  }

  const gapText = countLabel(locale, summary.gaps, t.gaps);
  const rowErrors = Object.keys(apiErrors).length > 0;
  return (
    <WideDialog title={fmt(m.people.admin.deactivateTitle, { name: person.name })} onCancel={() => !busy && onCancel()}>
      <form ref={form} onSubmit={submit} noValidate className="space-y-4 text-sm text-slate-600">
        <p>{m.people.admin.deactivateBody}</p>
        <p>{countLabel(locale, items.length, t.intro, { name: person.name })}</p>
        <OnlyLeadNote person={person} teamsLed={ownerships.teamsLed} />
        {deactivate.isError && (
          <Banner>
            {rowErrors ? t.fixRows : updateErrorText(deactivate.error, m)}
            {rowErrors && Object.values(apiErrors).some((x) => x.field === "entityId") && (
              <Button variant="secondary" className="ml-3" onClick={onReload}>{t.reload}</Button>
            )}
          </Banner>
        )}
        {showProblems && Object.keys(problems).length > 0 && <Banner>{t.fixRows}</Banner>}

        <div className="flex flex-wrap items-center gap-2">
          <Button variant="secondary" disabled={busy || withLead === 0} onClick={() => { setChoices((c) => allToLead(items, person.id, teams, c)); deactivate.reset(); }}>
            {t.setAllLead}
          </Button>
          {allPerson ? (
            <div className="w-72">
              <UserPicker label={t.setAllPersonLabel} value={null} placeholder={t.setAllPersonLabel}
                onChange={(user) => { if (user) { setChoices(allToPerson(items, user)); setAllPerson(false); deactivate.reset(); } }} />
            </div>
          ) : (
            <Button variant="secondary" disabled={busy} onClick={() => setAllPerson(true)}>{t.setAllPerson}</Button>
          )}
          {withLead < items.length && <span className="text-xs text-slate-500">{countLabel(locale, items.length - withLead, t.noLeadFor)}</span>}
        </div>

        <table className="w-full text-left text-sm">
          <caption className="sr-only">{fmt(t.caption, { name: person.name })}</caption>
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">{t.record}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t.tier}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t.role}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t.team}</th>
              <th scope="col" className="py-2 font-medium">{t.takeOver}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.slice(0, shown).map((o) => (
              <HandoverRow key={rowKey(o)} item={o} team={(o.teamId && teams.get(o.teamId)) || null} leads={leadsFor(o, person.id, teams)}
                choice={choices[rowKey(o)]} error={rowError(rowKey(o))}
                disabled={busy} onChange={(c) => change(rowKey(o), c)} />
            ))}
          </tbody>
        </table>
        {items.length > shown && (
          <div className="flex items-center gap-3">
            <span className="text-xs text-slate-500">{fmt(m.people.ownership.more, { shown, total: items.length })}</span>
            <Button variant="ghost" onClick={() => setShown((n) => n + PAGE)}>
              {fmt(m.people.ownership.showMore, { count: Math.min(PAGE, items.length - shown) })}
            </Button>
          </div>
        )}

        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-3">
          <p role="status" aria-live="polite" className="font-medium text-slate-800">
            {[fmt(t.handed, { count: summary.handed }), gapText, ...(summary.unchosen ? [fmt(t.unchosen, { count: summary.unchosen })] : [])].join(", ")}
          </p>
          <div className="flex gap-2">
            <Button variant="secondary" onClick={onCancel} disabled={busy}>{m.common.actions.cancel}</Button>
            <Button type="submit" variant="danger" disabled={busy}>{busy ? m.people.admin.deactivating : t.confirm}</Button>
          </div>
        </div>
      </form>
    </WideDialog>
  );
}
