"use client";
import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { Banner } from "@/components/ui/feedback";
import type { EntityForm } from "./use-entity-form";

type Props<D> = {
  form: EntityForm<D>;
  /** Where Cancel goes when there is no page to go back to. */
  cancelHref: string;
  /** Offered when the record changed under us (409 stale version). */
  onReload?: () => void;
  /** Instead of going back (e.g. closing the map's side panel). */
  onCancel?: () => void;
  children: ReactNode;
};

/** The <form> around a catalog editor: problem banner, sections, Save and Cancel. */
export function FormShell<D>({ form, cancelHref, onReload, onCancel, children }: Props<D>) {
  const { m } = useI18n();
  const router = useRouter();
  const cancel = onCancel ?? (() => (window.history.length > 1 ? router.back() : router.push(cancelHref)));
  const { problem } = form;
  return (
    <form onSubmit={form.onSubmit} noValidate className="@container max-w-4xl space-y-6">
      {problem && (
        <Banner tone="error">
          <p>{problem.message}</p>
          {problem.kind === "stale" && onReload && (
            <Button variant="secondary" className="mt-2" onClick={onReload}>{m.systems.shared.reload}</Button>
          )}
        </Banner>
      )}
      {children}
      <div className="flex items-center gap-2 border-t border-slate-200 pt-4">
        <Button type="submit" disabled={form.saving} aria-busy={form.saving}>
          {form.saving ? m.common.actions.saving : m.common.actions.save}
        </Button>
        <Button variant="secondary" onClick={cancel} disabled={form.saving}>{m.common.actions.cancel}</Button>
      </div>
    </form>
  );
}

/** A titled group of fields: two columns when the form is wide (a page), one in a side panel. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">{title}</legend>
      <div className="grid grid-cols-1 gap-4 @2xl:grid-cols-2">{children}</div>
    </fieldset>
  );
}
