import { describe, expect, it } from "vitest";
import { groupByDistance } from "./group-by-distance";

describe("groupByDistance", () => {
  it("makes one group per distance, nearest first, keeping the order inside a group", () => {
    const items = [
      { id: "b", distance: 1 }, { id: "a", distance: 1 }, { id: "d", distance: 2 }, { id: "c", distance: 3 }, { id: "e", distance: 2 },
    ];
    expect(groupByDistance(items)).toEqual([
      { distance: 1, items: [{ id: "b", distance: 1 }, { id: "a", distance: 1 }] },
      { distance: 2, items: [{ id: "d", distance: 2 }, { id: "e", distance: 2 }] },
      { distance: 3, items: [{ id: "c", distance: 3 }] },
    ]);
  });

  it("sorts distances numerically, not as text", () => {
    const groups = groupByDistance([{ distance: 10 }, { distance: 2 }, { distance: 1 }]);
    expect(groups.map((g) => g.distance)).toEqual([1, 2, 10]);
  });

  it("returns no groups for no items", () => {
    expect(groupByDistance([])).toEqual([]);
  });
});
