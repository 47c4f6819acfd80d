"use client";
import { useEffect, useState } from "react";

/**
 * The current time, moved on every `everyMs`: "3 minutes ago" and "running for 5 min" keep
 * counting while a page stays open, and a render stays pure (it reads state, not the clock).
 */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
