"use client";
import { useQuery } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TSystem } from "@/lib/schemas/system";
import type { TInterface } from "@/lib/schemas/interface";
import type { TTeam } from "@/lib/schemas/team";
import { peopleKeys } from "./query-keys";

const LIMIT = 50;

export const useOwnedSystems = (userId: string) =>
  useQuery({
    queryKey: peopleKeys.ownedSystems(userId),
    queryFn: ({ signal }) => api<TPage<TSystem>>(`/systems${toQuery({ ownerId: userId, sort: "name", pageSize: LIMIT })}`, { signal }),
  });

export const useOwnedInterfaces = (userId: string) =>
  useQuery({
    queryKey: peopleKeys.ownedInterfaces(userId),
    queryFn: ({ signal }) => api<TPage<TInterface>>(`/interfaces${toQuery({ ownerId: userId, sort: "name", pageSize: LIMIT })}`, { signal }),
  });

export const usePersonTeams = (userId: string) =>
  useQuery({
    queryKey: peopleKeys.teams(userId),
    queryFn: ({ signal }) => api<TPage<TTeam>>(`/teams${toQuery({ memberId: userId, sort: "name", pageSize: LIMIT })}`, { signal }),
  });
