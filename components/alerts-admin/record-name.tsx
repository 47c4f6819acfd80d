"use client";
import { useQuery } from "@tanstack/react-query";
import { interfaceDetailQuery } from "@/lib/queries/interfaces";
import { systemDetailQuery } from "@/lib/queries/systems";
import type { TSubjectType } from "@/lib/schemas/enums";

/**
 * A system's or interface's name from its id: the admin APIs return ids only, and the detail
 * reads are cached, so a list of windows on a few systems costs a few small reads.
 */
export function RecordName({ type = "SYSTEM", id }: { type?: TSubjectType; id: string }) {
  const system = useQuery({ ...systemDetailQuery(id), staleTime: 60_000, enabled: type === "SYSTEM" });
  const iface = useQuery({ ...interfaceDetailQuery(id), staleTime: 60_000, enabled: type === "INTERFACE" });
  const name = type === "SYSTEM" ? system.data?.name : iface.data?.name;
  const href = `/${type === "SYSTEM" ? "systems" : "interfaces"}/${encodeURIComponent(id)}`;
  return <a href={href} className="text-indigo-700 hover:underline">{name ?? id}</a>;
}
