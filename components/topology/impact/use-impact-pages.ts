"use client";
import { useMemo } from "react";
import { useInfiniteQuery } from "@tanstack/react-query";
import type { TImpactDirection } from "@/lib/schemas/impact";
import { mergeImpactPages } from "@/lib/topology/impact/merge-impact-pages";
import { impactPagesQuery, type ImpactTarget } from "@/lib/queries/impact";

/** The detailed analysis, its pages merged into one list ("Show more" fetches the next offset). */
export function useImpactPages(target: ImpactTarget, direction: TImpactDirection) {
  const query = useInfiniteQuery(impactPagesQuery(target, direction));
  const merged = useMemo(() => (query.data ? mergeImpactPages(query.data.pages) : undefined), [query.data]);
  return { query, merged };
}
