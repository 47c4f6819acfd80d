// The signed-in user's API tokens.
import { queryOptions } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TApiToken } from "@/lib/schemas/token";

export const tokenKeys = {
  all: ["tokens"] as const,
  list: () => [...tokenKeys.all, "list"] as const,
};

export const tokenListQuery = () =>
  queryOptions({
    queryKey: tokenKeys.list(),
    queryFn: ({ signal }) => api<{ items: TApiToken[] }>("/tokens", { signal }),
  });
