// Query keys for people (users) and the current user. Mutations invalidate through these.
export type PeopleListParams = {
  q?: string;
  active?: string;
  role?: string;
  sort: string;
  page: number;
  pageSize: number;
};

export const peopleKeys = {
  all: ["people"] as const,
  lists: () => [...peopleKeys.all, "list"] as const,
  list: (params: PeopleListParams) => [...peopleKeys.lists(), params] as const,
  /** Everyone, for pickers (e.g. the audit log's "changed by"). */
  options: () => [...peopleKeys.all, "options"] as const,
  /** Everything the person owns (GET /users/{id}/ownerships). */
  ownerships: (userId: string) => [...peopleKeys.all, userId, "ownerships"] as const,
  teams: (userId: string) => [...peopleKeys.all, userId, "teams"] as const,
  me: () => ["me"] as const,
};
