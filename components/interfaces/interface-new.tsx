"use client";
import { useQuery } from "@tanstack/react-query";
import { Spinner } from "@/components/ui/feedback";
import { systemDetailQuery } from "@/lib/queries/systems";
import type { TRef } from "@/components/catalog/types";
import { InterfaceForm } from "./interface-form";

const toRef = (s: TRef | undefined) => (s ? { id: s.id, key: s.key, name: s.name } : undefined);

/**
 * /interfaces/new[?provider=<id>&consumer=<id>]: the form, with the ends named in the link already
 * picked (from a system's page). An unknown id just leaves that end empty.
 */
export function InterfaceNew({ providerId, consumerId }: { providerId?: string; consumerId?: string }) {
  const provider = useQuery({ ...systemDetailQuery(providerId ?? ""), enabled: !!providerId });
  const consumer = useQuery({ ...systemDetailQuery(consumerId ?? ""), enabled: !!consumerId });
  const loading = (providerId && provider.isPending) || (consumerId && consumer.isPending);
  if (loading) return <Spinner />;
  return <InterfaceForm prefill={{ provider: toRef(provider.data), consumer: toRef(consumer.data) }} />;
}
