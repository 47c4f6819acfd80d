// The one rule every text a client sends passes: no control characters, no broken Unicode.
// PostgreSQL refuses NUL (0x00) in text and jsonb, so without this a NUL in an id, a search or a
// name became a 500; the other controls (escape sequences, backspace, C1 codes) have no place
// in a name or a key and only hide what a record says from the person reading it. A lone
// UTF-16 surrogate (JSON allows "\ud800") cannot be stored as UTF-8 and would be silently replaced.
// Every string schema of a request is built from textInput / multilineInput; a unit test
// (server/http/input-text.test.ts) walks every route's params, query and body to keep it so.
import { z } from "zod";
import { fieldMessage } from "./field-message";

// C0 controls except tab, line feed and carriage return; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
// With the u flag a well-formed surrogate pair is one code point, so this matches only lone halves.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Whether one-line text holds a control character or a lone surrogate (also for paths). */
export const hasControlCharacters = (s: string) => CONTROL.test(s) || LINE_BREAK_OR_TAB.test(s) || LONE_SURROGATE.test(s);

/** Refuses control characters (tab and line breaks too) and lone surrogates: one-line text. */
export const noControlCharacters = z.refine<string>(
  (s) => !hasControlCharacters(s),
  { ...fieldMessage("controlCharacters"), abort: true },
);

/** The same for text that may span lines: tab, line feed and carriage return are allowed. */
export const noControlCharactersExceptLineBreaks = z.refine<string>(
  (s) => !CONTROL.test(s) && !LONE_SURROGATE.test(s),
  { ...fieldMessage("controlCharacters"), abort: true },
);

/** The checks a request string must carry (the input-text test looks for one of these). */
export const TEXT_CHECKS: readonly unknown[] = [noControlCharacters, noControlCharactersExceptLineBreaks];

/** A one-line string from a client: ids, keys, names, search terms, query parameters. */
export const textInput = () => z.string().check(noControlCharacters);

/** A string from a client that may span lines (descriptions). */
export const multilineInput = () => z.string().check(noControlCharactersExceptLineBreaks);
