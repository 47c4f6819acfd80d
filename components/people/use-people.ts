"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import { peopleKeys, type PeopleListParams } from "./query-keys";
import type { Person } from "./types";

export function usePeople(params: PeopleListParams) {
  return useQuery({
    queryKey: peopleKeys.list(params),
    queryFn: ({ signal }) => api<TPage<Person>>(`/users${toQuery(params)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Up to 200 people by name, for select boxes. */
export function usePeopleOptions() {
  return useQuery({
    queryKey: peopleKeys.options(),
    queryFn: ({ signal }) => api<TPage<Person>>(`/users${toQuery({ sort: "name", pageSize: 200 })}`, { signal }),
    staleTime: 60_000,
  });
}
