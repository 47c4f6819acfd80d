// From uploaded text to plain data, or a 422 that names the line. JSON goes through JSON.parse
// (fast) and, only when it fails, through jsonc-parser to find where; everything else is YAML 1.2
// (core schema: no dates, no custom tags), which js-yaml reads ~10× faster than Spectral's parser.
import "server-only";
import { load, YAMLException } from "js-yaml";
import { parse as parseJsonc, printParseErrorCode, type ParseError } from "jsonc-parser";
import type { FieldError } from "@/server/http/app-error";
import { AppError } from "@/server/http/app-error";
import { checkContractData } from "./check-contract-data";

const unparsable = (error: FieldError) => AppError.validation([error], { key: "contractUnparsable" });

/** 1-based line and column of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const JSON_MESSAGES: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidSymbol: "unexpected character",
  ValueExpected: "a value is expected",
  PropertyNameExpected: "a property name is expected",
  ColonExpected: "a colon is expected",
  CommaExpected: "a comma is expected",
  CloseBraceExpected: "a closing brace is expected",
  CloseBracketExpected: "a closing bracket is expected",
  EndOfFileExpected: "nothing may follow the document",
  UnexpectedEndOfString: "a string is not closed",
};

function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const code = first ? printParseErrorCode(first.error) : undefined;
    const message = (code && JSON_MESSAGES[code]) ?? (code ? `invalid JSON (${code})` : "invalid JSON");
    throw unparsable({ path: "document", message: { text: message }, ...positionOf(text, first?.offset ?? 0) });
  }
}

function readYaml(text: string): unknown {
  try {
    // maxDepth: schemas nest deeper than js-yaml's default of 100 only when something is wrong.
    return load(text, { maxDepth: 200 });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const mark = error.mark;
    throw unparsable({ path: "document", message: { text: error.reason }, ...(mark ? { line: mark.line + 1, column: mark.column + 1 } : {}) });
  }
}

/** Parses the text and checks the result is a JSON-compatible object. */
export function readContractText(text: string): Record<string, unknown> {
  if (text.trim() === "") throw unparsable({ path: "document", message: { key: "documentEmpty" }, line: 1, column: 1 });
  let data: unknown;
  try {
    data = /^\s*[{[]/.test(text) ? readJson(text) : readYaml(text);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // JSON.parse and js-yaml run out of stack on absurd nesting (RangeError): still the client's input.
    throw unparsable({ path: "document", message: { key: "nestedTooDeeply" } });
  }
  return checkContractData(data);
}
