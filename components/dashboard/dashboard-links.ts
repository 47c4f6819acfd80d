import { toQuery } from "@/lib/api-client";

/** The list behind a figure, with the dashboard's team filter carried over. */
export const listHref = (path: "/systems" | "/interfaces", params: Record<string, string | number>, teamId: string | null) =>
  `${path}${toQuery({ ...params, teamId })}`;

export const systemHref = (id: string) => `/systems/${id}`;
export const teamHref = (id: string) => `/teams/${id}`;
export const ownershipHref = (params: Record<string, string>, teamId: string | null) => `/ownership${toQuery({ ...params, teamId })}`;
