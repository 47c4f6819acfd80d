import { describe, expect, it } from "vitest";
import { isPlural, lastWord } from "./plural.mjs";

describe("isPlural", () => {
  it("tells collection names from single ones", () => {
    const plural = ["pets", "categories", "people", "addresses", "statuses", "analyses", "boxes", "matches", "data", "series", "photos", "heroes"];
    const singular = ["pet", "person", "status", "analysis", "address", "class", "bus", "category", "me"];
    expect(plural.filter((w) => !isPlural(w))).toEqual([]);
    expect(singular.filter((w) => isPlural(w))).toEqual([]);
  });

  it("judges the last word of a segment", () => {
    expect(["audio-features", "userGroups", "order_items", "v1.items"].map(lastWord)).toEqual(["features", "groups", "items", "items"]);
  });
});
