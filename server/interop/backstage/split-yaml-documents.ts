// A multi-document YAML file cut at its document markers ("---", "..." at the start of a line),
// each document read on its own with the line it starts on, so a broken one is reported with its
// line and the others are still read. YAML forbids a marker at column 0 inside any scalar, so the
// cut is exact. Why js-yaml and not the `yaml` package's parseAllDocuments: on estate-5k.yaml
// (5,250 documents) that took 2.3–3.5 s and kept a syntax tree per document; js-yaml reads the
// same pieces in ~0.3 s (server/contracts/read-contract-text.ts chose it for the same reason).
import { load, loadAll, YAMLException } from "js-yaml";

export type TYamlDocument = { line: number; value: unknown } | { line: number; error: string };

const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** The 1-based line of the first line holding content (not blank, not a comment), or null for none. */
function contentLine(piece: string, startLine: number): number | null {
  let line = startLine;
  for (let at = 0; at <= piece.length; line++) {
    const end = piece.indexOf("\n", at);
    const text = piece.slice(at, end === -1 ? piece.length : end).trim();
    if (text !== "" && !text.startsWith("#")) return line;
    if (end === -1) return null;
    at = end + 1;
  }
  return null;
}

type Piece = { text: string; start: number; line: number };

function read({ text, start, line }: Piece): TYamlDocument {
  try {
    return { line, value: load(text, { maxDepth: 100 }) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return { line: start + (error.mark?.line ?? line - start), error: error.reason };
  }
}

/** The pieces between markers that hold content, each with its first line and its content's line. */
function cut(text: string): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  let line = 1;
  // The marker's own line opens the next piece, blanked (it may carry content: "--- {a: 1}").
  let prefix = "";
  const add = (to: number) => {
    const piece = prefix + text.slice(from, to);
    const content = contentLine(piece, line);
    if (content !== null) pieces.push({ text: piece, start: line, line: content });
  };
  for (const match of text.matchAll(MARKER)) {
    add(match.index);
    line += countLines(text, from, match.index);
    from = match.index + 3;
    prefix = "   ";
  }
  add(text.length);
  return pieces;
}

export function splitYamlDocuments(text: string): TYamlDocument[] {
  const pieces = cut(text);
  // The whole file in one pass is about twice as fast as piece by piece; it is trusted only when
  // it parses and yields one document per piece (an empty document is null in both), else each
  // piece is read on its own, which also finds the line of a broken one.
  try {
    const values = loadAll(text, { maxDepth: 100 }).filter((v) => v !== null && v !== undefined);
    if (values.length === pieces.length) return pieces.map((p, i) => ({ line: p.line, value: values[i] }));
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
  }
  return pieces.map(read);
}
