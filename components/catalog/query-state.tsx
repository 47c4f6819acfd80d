"use client";
import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { ApiError } from "@/lib/api-client";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { BackLink } from "./breadcrumb";

type Props<T> = {
  query: UseQueryResult<T>;
  /** Shown above an error, so a missing record still leaves a way back (e.g. to the list). */
  back?: { href: string; label: string };
  children: (data: T) => ReactNode;
};

/** Loading → spinner, failure → error (with retry unless the server refused for good), data → children. */
export function QueryState<T>({ query, back, children }: Props<T>) {
  if (query.isPending) return <Spinner />;
  if (query.isError) {
    const final = query.error instanceof ApiError && query.error.status < 500;
    return (
      <>
        {back && <BackLink href={back.href} label={back.label} />}
        <ErrorState error={query.error} onRetry={final ? undefined : () => query.refetch()} />
      </>
    );
  }
  return <>{children(query.data)}</>;
}
