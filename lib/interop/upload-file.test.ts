import { describe, expect, it } from "vitest";
import { bytesToBase64, hasExtension, toUploadFile } from "./upload-file";

describe("upload files", () => {
  it("encodes large binaries to the same base64 as Node does", () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7919) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });

  it("sends yaml as text and zip or xlsx as base64", async () => {
    expect(await toUploadFile(new File(["kind: Component\n"], "a.yaml"))).toEqual({ name: "a.yaml", text: "kind: Component\n" });
    expect(await toUploadFile(new File([new Uint8Array([80, 75, 3, 4])], "c.ZIP"))).toEqual({ name: "c.ZIP", base64: "UEsDBA==" });
    expect(await toUploadFile(new File([new Uint8Array([1])], "s.xlsx"))).toEqual({ name: "s.xlsx", base64: "AQ==" });
  });

  it("matches extensions case-insensitively", () => {
    expect(hasExtension("Catalog.YML", [".yaml", ".yml"])).toBe(true);
    expect(hasExtension("notes.txt", [".yaml", ".yml"])).toBe(false);
  });
});
