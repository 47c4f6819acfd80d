"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { peopleListQuery, peopleOptionsQuery, type PeopleListParams } from "@/lib/queries/people";

export function usePeople(params: PeopleListParams) {
  return useQuery({ ...peopleListQuery(params), placeholderData: keepPreviousData });
}

/** Up to 200 people by name, for select boxes. */
export function usePeopleOptions() {
  return useQuery({ ...peopleOptionsQuery(), staleTime: 60_000 });
}
