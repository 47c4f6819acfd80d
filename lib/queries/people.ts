// People (users) and the signed-in user. Everything about people lives under `peopleKeys.all`,
// pickers included, so a change to a person also refreshes an open owner search.
import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { api, toQuery } from "@/lib/api-client";
import type { TPage, ZUserRef } from "@/lib/schemas/common";
import type { TTeam } from "@/lib/schemas/team";
import type { TMe, TUser, TUserDirectoryEntry, TUserOwnerships } from "@/lib/schemas/user";

/** Admins read full records; everyone else the directory fields. */
export type Person = TUser | TUserDirectoryEntry;

export type PeopleListParams = {
  q?: string;
  active?: string;
  role?: string;
  sort: string;
  page: number;
  pageSize: number;
};

/** The teams a person belongs to, as the person page lists them. */
const TEAMS_LIMIT = 50;

export const peopleKeys = {
  all: ["people"] as const,
  lists: () => [...peopleKeys.all, "list"] as const,
  list: (params: PeopleListParams) => [...peopleKeys.lists(), params] as const,
  /** Everyone, for select boxes (e.g. the audit log's "changed by"). */
  options: () => [...peopleKeys.all, "options"] as const,
  /** Active people matching a search, for the owner pickers. */
  picker: (q: string) => [...peopleKeys.all, "picker", { q }] as const,
  /** Everything the person owns (GET /users/{id}/ownerships). */
  ownerships: (userId: string) => [...peopleKeys.all, userId, "ownerships"] as const,
  teams: (userId: string) => [...peopleKeys.all, userId, "teams"] as const,
  me: () => ["me"] as const,
};

export const peopleListQuery = (params: PeopleListParams) =>
  queryOptions({
    queryKey: peopleKeys.list(params),
    queryFn: ({ signal }) => api<TPage<Person>>(`/users${toQuery(params)}`, { signal }),
  });

/** Up to 200 people by name. */
export const peopleOptionsQuery = () =>
  queryOptions({
    queryKey: peopleKeys.options(),
    queryFn: ({ signal }) => api<TPage<Person>>(`/users${toQuery({ sort: "name", pageSize: 200 })}`, { signal }),
  });

/**
 * Active people by name or email. Deactivated people are not offered: the API refuses them as
 * owners, because that is how ownership rots.
 */
export const userPickerQuery = (q: string) =>
  queryOptions({
    queryKey: peopleKeys.picker(q),
    queryFn: async ({ signal }): Promise<z.infer<typeof ZUserRef>[]> => {
      const page = await api<TPage<TUserDirectoryEntry>>(`/users${toQuery({ q, active: "true", pageSize: 20, sort: "name" })}`, { signal });
      return page.items.map(({ id, name, email, active }) => ({ id, name, email, active }));
    },
  });

/** GET /users/{id}/ownerships, shared by the person page and the deactivation dialog. */
export const userOwnershipsQuery = (userId: string) =>
  queryOptions({
    queryKey: peopleKeys.ownerships(userId),
    queryFn: ({ signal }) => api<TUserOwnerships>(`/users/${encodeURIComponent(userId)}/ownerships`, { signal }),
  });

export const personTeamsQuery = (userId: string) =>
  queryOptions({
    queryKey: peopleKeys.teams(userId),
    queryFn: ({ signal }) => api<TPage<TTeam>>(`/teams${toQuery({ memberId: userId, sort: "name", pageSize: TEAMS_LIMIT })}`, { signal }),
  });

export const meQuery = () =>
  queryOptions({
    queryKey: peopleKeys.me(),
    queryFn: ({ signal }) => api<TMe>("/me", { signal }),
  });
