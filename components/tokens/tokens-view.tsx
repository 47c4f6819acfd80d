"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { TApiTokenCreated } from "@/lib/schemas/token";
import { EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { CreateTokenForm } from "./create-token-form";
import { TokenSecret } from "./token-secret";
import { TokenUsage } from "./token-usage";
import { TokensTable } from "./tokens-table";
import { useTokens } from "./use-tokens";

/** Your API tokens: create (secret shown once), list, revoke, and how to use one. */
export function TokensView() {
  const { m } = useI18n();
  const tokens = useTokens();
  // Held only in this component's memory: gone on "I have copied it", on navigation or on reload.
  const [created, setCreated] = useState<TApiTokenCreated | null>(null);
  return (
    <div className="space-y-5">
      {created ? (
        <TokenSecret name={created.token.name} secret={created.secret} onDone={() => setCreated(null)} />
      ) : (
        <CreateTokenForm onCreated={setCreated} />
      )}
      {tokens.isPending ? (
        <Spinner />
      ) : tokens.isError ? (
        <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />
      ) : tokens.data.items.length === 0 ? (
        <EmptyState title={m.tokens.empty}>{m.tokens.emptyHint}</EmptyState>
      ) : (
        <TokensTable tokens={tokens.data.items} />
      )}
      <TokenUsage />
    </div>
  );
}
