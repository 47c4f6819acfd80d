"use client";
import { useState, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { TokenSecret } from "@/components/tokens/token-secret";
import { CreateCredentialForm } from "./create-credential-form";
import { HealthSourcesTable } from "./health-sources-table";
import { MachineTokensTable } from "./machine-tokens-table";
import { useCreateHealthSource, useCreateMachineToken, useHealthSources, useMachineTokens } from "./use-ingestion";

type Shown = { name: string; secret: string; kind: "token" | "source" };

/** List states of one section: loading, failed, empty, or the table. */
function ListState<T>({ query, empty, emptyHint, children }: {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown; data?: { items: T[] } };
  empty: string; emptyHint: string; children: (items: T[]) => ReactNode;
}) {
  if (query.isPending) return <Spinner />;
  if (query.isError || !query.data) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (query.data.items.length === 0) return <EmptyState title={empty}>{emptyHint}</EmptyState>;
  return <>{children(query.data.items)}</>;
}

/** Machine tokens and webhook sources: create (the secret shown once), list, revoke. */
export function IngestionView() {
  const { m } = useI18n();
  const t = m.ingestion;
  const tokens = useMachineTokens();
  const sources = useHealthSources();
  const createToken = useCreateMachineToken();
  const createSource = useCreateHealthSource();
  // Held only in this component's memory: gone on "I have copied it", on navigation or on reload.
  const [shown, setShown] = useState<Shown | null>(null);
  const secret = (kind: Shown["kind"]) =>
    shown?.kind === kind ? (
      <TokenSecret name={shown.name} secret={shown.secret} onDone={() => setShown(null)}
        {...(kind === "source" ? { title: t.sources.secretTitle, warning: t.sources.secretWarning } : {})} />
    ) : null;

  return (
    <div className="space-y-8">
      <section aria-labelledby="machine-tokens" className="space-y-4">
        <h2 id="machine-tokens" className="text-base font-semibold text-slate-900">{t.tokens.title}</h2>
        <p className="text-sm text-slate-600">{t.tokens.explain}</p>
        {secret("token") ?? (
          <CreateCredentialForm texts={t.tokens.create} withScope pending={createToken.isPending} onCreate={async (input) => {
            const created = await createToken.mutateAsync(input);
            createToken.reset(); // the secret does not linger in the mutation's state
            setShown({ name: created.token.name, secret: created.secret, kind: "token" });
          }} />
        )}
        <ListState query={tokens} empty={t.tokens.empty} emptyHint={t.tokens.emptyHint}>{(items) => <MachineTokensTable tokens={items} />}</ListState>
      </section>
      <section aria-labelledby="webhook-sources" className="space-y-4">
        <h2 id="webhook-sources" className="text-base font-semibold text-slate-900">{t.sources.title}</h2>
        <p className="text-sm text-slate-600">{t.sources.explain}</p>
        {secret("source") ?? (
          <CreateCredentialForm texts={t.sources.create} withScope={false} pending={createSource.isPending} onCreate={async ({ name }) => {
            const created = await createSource.mutateAsync({ name });
            createSource.reset();
            setShown({ name: created.source.name, secret: created.secret, kind: "source" });
          }} />
        )}
        <ListState query={sources} empty={t.sources.empty} emptyHint={t.sources.emptyHint}>{(items) => <HealthSourcesTable sources={items} />}</ListState>
      </section>
    </div>
  );
}
