"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef } from "react";
import { launch, newFlight, settle } from "@/lib/pending-query";

/**
 * List state (search, filters, sort, page) lives in the URL, so a filtered list can be shared,
 * bookmarked and restored with the back button. Changing anything but the page resets to page 1.
 */
export function useListParams(defaults: { sort: string; pageSize?: number }) {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();

  const params = useMemo(() => {
    const all = Object.fromEntries(search.entries());
    return {
      ...all,
      sort: all.sort ?? defaults.sort,
      page: Math.max(1, Number(all.page) || 1),
      pageSize: Number(all.pageSize) || defaults.pageSize || 50,
    };
  }, [search, defaults.sort, defaults.pageSize]);

  const flight = useRef(newFlight());
  const go = useCallback((next: URLSearchParams) => {
    const qs = next.toString();
    launch(flight.current, qs);
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  }, [router, pathname]);

  const set = useCallback(
    (changes: Record<string, string | number | undefined | null>) => {
      const next = new URLSearchParams(settle(flight.current, search.toString()));
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === null || v === "") next.delete(k);
        else next.set(k, String(v));
      }
      if (!("page" in changes)) next.delete("page");
      go(next);
    },
    [search, go],
  );

  const clear = useCallback(() => {
    settle(flight.current, search.toString());
    go(new URLSearchParams());
  }, [search, go]);

  return { params: params as Record<string, string> & { sort: string; page: number; pageSize: number }, set, clear };
}
