import { describe, expect, it } from "vitest";
import { splitYamlDocuments } from "./split-yaml-documents";

describe("splitYamlDocuments", () => {
  it("reads each document with the line its content starts on, skipping empty ones", () => {
    const text = "# a file comment\na: 1\n---\n# about b\n\nb: 2\n--- {c: 3}\n...\n---\n";
    expect(splitYamlDocuments(text)).toEqual([
      { line: 2, value: { a: 1 } },
      { line: 6, value: { b: 2 } },
      { line: 7, value: { c: 3 } },
    ]);
  });

  it("reports a broken document at its own line and still reads the next", () => {
    const text = "a: 1\n---\nb: [1,\n---\nc: 3\n";
    const docs = splitYamlDocuments(text);
    expect(docs[0]).toEqual({ line: 1, value: { a: 1 } });
    expect(docs[1]).toMatchObject({ error: expect.any(String) });
    expect(docs[1].line).toBeGreaterThanOrEqual(3);
    expect(docs[1].line).toBeLessThanOrEqual(4);
    expect(docs[2]).toEqual({ line: 5, value: { c: 3 } });
  });

  it("does not cut at a marker that is not at the start of a line or is part of a longer word", () => {
    expect(splitYamlDocuments("a: |\n  ---\n  x\nb: ----\n")).toEqual([{ line: 1, value: { a: "---\nx\n", b: "----" } }]);
  });
});
