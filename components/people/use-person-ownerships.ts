"use client";
import { useQuery } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TTeam } from "@/lib/schemas/team";
import type { TUserOwnerships } from "@/lib/schemas/user";
import { peopleKeys } from "./query-keys";

const LIMIT = 50;

/** GET /users/{id}/ownerships, shared by the person page and the deactivation dialog. */
export const userOwnershipsQuery = (userId: string) => ({
  queryKey: peopleKeys.ownerships(userId),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TUserOwnerships>(`/users/${encodeURIComponent(userId)}/ownerships`, { signal }),
});

export const useUserOwnerships = (userId: string) => useQuery(userOwnershipsQuery(userId));

export const usePersonTeams = (userId: string) =>
  useQuery({
    queryKey: peopleKeys.teams(userId),
    queryFn: ({ signal }) => api<TPage<TTeam>>(`/teams${toQuery({ memberId: userId, sort: "name", pageSize: LIMIT })}`, { signal }),
  });
