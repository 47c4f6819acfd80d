import { describe, expect, it } from "vitest";
import type { TImportChange, TImportResult } from "@/lib/schemas/interop";
import { filterChanges, hasWrites, newBatchId, pageOf, showValue, totalCounts } from "./import-view";

const zero = { create: 0, update: 0, unchanged: 0, delete: 0, invalid: 0 };
const changes: TImportChange[] = [
  { entity: "systems", key: "Petstore", action: "create" },
  { entity: "systems", key: "artist-lookup", action: "update", fields: [{ field: "name", before: "a", after: "b" }] },
  { entity: "teams", key: "team-a", action: "unchanged" },
  { entity: "interfaces", key: "petstore-www", action: "invalid" },
];

describe("import view helpers", () => {
  it("adds up every entity's counts", () => {
    const counts = { teams: { ...zero, create: 2 }, people: { ...zero, unchanged: 5 }, systems: { ...zero, create: 1, update: 3 }, interfaces: { ...zero, invalid: 1, delete: 2 } };
    const total = totalCounts({ counts } as Pick<TImportResult, "counts">);
    expect(total).toEqual({ create: 3, update: 3, unchanged: 5, delete: 2, invalid: 1 });
    expect(hasWrites(total)).toBe(true);
    expect(hasWrites({ ...zero, unchanged: 9, invalid: 1 })).toBe(false);
  });

  it("filters changes by entity, action and a case-insensitive key search", () => {
    expect(filterChanges(changes, { entity: "systems", action: "", search: "" }).map((c) => c.key)).toEqual(["Petstore", "artist-lookup"]);
    expect(filterChanges(changes, { entity: "", action: "update", search: "" }).map((c) => c.key)).toEqual(["artist-lookup"]);
    expect(filterChanges(changes, { entity: "", action: "", search: " PET " }).map((c) => c.key)).toEqual(["Petstore", "petstore-www"]);
    expect(filterChanges(changes, { entity: "teams", action: "create", search: "" })).toEqual([]);
  });

  it("pages a list and clamps the page to its bounds", () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    expect(pageOf(items, 2, 3)).toEqual({ rows: [3, 4, 5], page: 2, pages: 3 });
    expect(pageOf(items, 9, 3)).toEqual({ rows: [6], page: 3, pages: 3 });
    expect(pageOf([], 1, 3)).toEqual({ rows: [], page: 1, pages: 1 });
  });

  it("makes batch ids the API accepts, without bias from bytes past 251", () => {
    for (let i = 0; i < 50; i++) expect(newBatchId()).toMatch(/^[a-z0-9]{24}$/);
    expect(newBatchId()).not.toBe(newBatchId());
    // Only 255s then zeros: the 255s are dropped, not folded onto "x".
    let call = 0;
    const id = newBatchId((n) => new Uint8Array(n).fill(call++ === 0 ? 255 : 0));
    expect(id).toBe("a".repeat(24));
  });

  it("shows values of changed fields readably", () => {
    expect(showValue(null)).toBe("—");
    expect(showValue(["a", "b"])).toBe("a, b");
    expect(showValue([])).toBe("—");
    expect(showValue(3)).toBe("3");
    expect(showValue({ a: 1 })).toBe('{"a":1}');
  });
});
