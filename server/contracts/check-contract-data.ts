// What a parser hands back is not yet a document we can keep: YAML aliases can make it cyclic
// (`a: &x {b: *x}`) or expand a few KB into billions of values ("billion laughs"), and YAML's
// .inf/.nan are numbers JSON has no words for. One walk, bounded in work, refuses all three.
import "server-only";
import { AppError } from "@/server/http/app-error";

/** Values visited at most: a 5 MB document has well under a million. */
const MAX_VALUES = 3_000_000;
/** As deep as the YAML reader allows; JSON.parse has no limit, and JSON.stringify fails past a few thousand. */
export const MAX_DEPTH = 200;

// The checker's own words (English), passed through as they are.
const refuse = (message: string) => AppError.validation([{ path: "document", message: { text: message } }], { key: "contractUnusable" });

type Frame = { value: unknown; key: string | number | null; parent: Frame | null; depth: number; leaving?: object };

/** "paths./pets.get" for messages; built only when something is refused. */
function describe(frame: Frame): string {
  const keys: (string | number)[] = [];
  for (let f: Frame | null = frame; f && f.key !== null; f = f.parent) keys.unshift(f.key);
  return keys.length ? keys.join(".") : "the top level";
}

export function checkContractData(data: unknown): Record<string, unknown> {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw AppError.validation([{ path: "document", message: { key: "notAMapping" }, line: 1, column: 1 }], { key: "contractUnusable" });
  }
  // Depth-first with an explicit stack; `open` holds the containers on the current path (a cycle).
  const stack: Frame[] = [{ value: data, key: null, parent: null, depth: 0 }];
  const open = new Set<object>();
  let visited = 0;
  while (stack.length) {
    const frame = stack.pop()!;
    const { value, leaving } = frame;
    if (leaving) {
      open.delete(leaving);
      continue;
    }
    if (++visited > MAX_VALUES) throw refuse(`it expands to more than ${MAX_VALUES.toLocaleString("en")} values (YAML aliases?)`);
    if (typeof value === "number" && !Number.isFinite(value)) throw refuse(`${describe(frame)} is ${value}, which JSON cannot hold`);
    if (typeof value !== "object" || value === null) continue;
    if (open.has(value)) throw refuse(`${describe(frame)} contains itself (a YAML alias to an enclosing value)`);
    if (frame.depth >= MAX_DEPTH) throw refuse(`${describe(frame)} is nested more than ${MAX_DEPTH} levels deep`);
    open.add(value);
    stack.push({ value: null, key: null, parent: null, depth: 0, leaving: value });
    const depth = frame.depth + 1;
    if (Array.isArray(value)) value.forEach((child, i) => stack.push({ value: child, key: i, parent: frame, depth }));
    else for (const key in value) stack.push({ value: (value as Record<string, unknown>)[key], key, parent: frame, depth });
  }
  return data as Record<string, unknown>;
}
