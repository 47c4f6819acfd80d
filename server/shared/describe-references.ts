import type { Part } from "@/lib/i18n/problems/types";

/** "3 interfaces: a, b, c" or "25 interfaces: a, b and 15 more", as a part of a problem's detail. */
export function describeReferences(type: "system" | "interface", keys: string[], total: number): Part {
  const listed = keys.join(", ");
  return {
    key: type === "system" ? "systemReferences" : "interfaceReferences",
    params: { count: total, keys: total > keys.length ? { key: "keysAndMore", params: { keys: listed, count: total - keys.length } } : listed },
  };
}
