// Hostile inputs for the fuzz tests, generated deterministically from a seed (FUZZ_SEED) so a
// failure reproduces. Every value is either invalid for any schema (it must be refused with a 4xx)
// or marked as possibly valid (`refuse: false`: anything but a 5xx will do).

import { createRng } from "@/lib/prng";

/** The estate generator's seeded PRNG, with what the fuzz tests need on top. */
export function seeded(seed: number) {
  const rng = createRng(seed);
  return {
    ...rng,
    /** `n` distinct items, in a seeded order. */
    sample: <T>(items: readonly T[], n: number): T[] =>
      items
        .map((item) => ({ item, key: rng.next() }))
        .sort((x, y) => x.key - y.key)
        .slice(0, n)
        .map((x) => x.item),
    hex: (n: number) => Array.from({ length: n }, () => rng.int(16).toString(16)).join(""),
  };
}
export type Rng = ReturnType<typeof seeded>;

export type Hostile = { label: string; value: string; refuse: boolean };

/** Path segments, already percent-encoded as they go on the wire. None names an existing record. */
export const hostileIds = (rng: Rng): Hostile[] => [
  { label: "NUL", value: "%00", refuse: true },
  { label: "NUL inside", value: `a%00${rng.hex(4)}`, refuse: true },
  { label: "truncated escape", value: "%E0%A4%A", refuse: true },
  { label: "invalid UTF-8", value: "%C3%28", refuse: true },
  { label: "bytes FF FE", value: "%FF%FE", refuse: true },
  { label: "lone %", value: "%", refuse: true },
  { label: "bad hex escape", value: "%zz", refuse: true },
  { label: "encoded surrogate", value: "%ED%A0%80", refuse: true },
  { label: "terminal escape", value: "%1B%5B31m", refuse: true },
  { label: "DEL", value: "%7F", refuse: true },
  { label: "C1 NEL", value: "%C2%85", refuse: true },
  { label: "line break", value: "a%0Ab", refuse: true },
  { label: "5,000 characters", value: "x".repeat(5000), refuse: true },
  { label: "__proto__", value: "__proto__", refuse: true },
  { label: "constructor", value: "constructor", refuse: true },
  { label: "traversal", value: "..%2F..%2Fetc%2Fpasswd", refuse: true },
  { label: "emoji", value: "%F0%9F%92%A9", refuse: true },
  { label: "unknown id", value: `fuzz-missing-${rng.hex(8)}`, refuse: true },
];

/** Query parameter values (percent-encoded). Bytes that are not UTF-8 decode to U+FFFD: valid text. */
export const hostileQueryValues: Hostile[] = [
  { label: "NUL", value: "%00", refuse: true },
  { label: "NUL inside", value: "a%00b", refuse: true },
  { label: "unit separator", value: "%1F", refuse: true },
  { label: "DEL", value: "%7F", refuse: true },
  { label: "terminal escape", value: "%1B%5B2J", refuse: true },
  { label: "truncated escape", value: "%E0%A4%A", refuse: false },
  { label: "invalid UTF-8", value: "%C3%28", refuse: false },
  { label: "encoded surrogate", value: "%ED%A0%80", refuse: false },
  { label: "1e309", value: "1e309", refuse: false },
  { label: "-1", value: "-1", refuse: false },
  { label: "2^64", value: "18446744073709551616", refuse: false },
  { label: "NaN", value: "NaN", refuse: false },
  { label: "__proto__", value: "__proto__", refuse: false },
  { label: "3,000 characters", value: "y".repeat(3000), refuse: false },
];

/** Whole query strings whose keys are the hostile part. */
export const hostileQueryKeys: Hostile[] = [
  { label: "__proto__ key", value: "__proto__=x&__proto__[admin]=1", refuse: false },
  { label: "constructor.prototype key", value: "constructor[prototype][admin]=1&constructor.prototype.admin=1", refuse: false },
  { label: "NUL key", value: "a%00=1", refuse: false },
  { label: "repeated keys", value: "page=1&page=2&page=x", refuse: false },
];

const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
const deepObject = (n: number) => '{"a":'.repeat(n) + "1" + "}".repeat(n);

/** Bodies that are invalid for any schema, as raw bytes, with the content type they are sent as. */
export const hostileBodies = (): Array<{ label: string; body: Buffer; type?: string; chunked?: boolean; heavy?: boolean }> => [
  { label: "truncated JSON", body: Buffer.from("{") },
  { label: "truncated member", body: Buffer.from('{"a":') },
  { label: "raw NUL", body: Buffer.from("\u0000") },
  { label: "array", body: Buffer.from("[]") },
  { label: "null", body: Buffer.from("null") },
  { label: "string", body: Buffer.from('"text"') },
  { label: "1e999", body: Buffer.from("1e999") },
  { label: "__proto__", body: Buffer.from('{"__proto__":{"role":"ADMIN","isAdmin":true}}') },
  { label: "constructor.prototype", body: Buffer.from('{"constructor":{"prototype":{"role":"ADMIN"}}}') },
  { label: "NUL key", body: Buffer.from('{"a\\u0000":1}') },
  { label: "invalid UTF-8", body: Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d]) },
  { label: "byte order mark", body: Buffer.from("\ufeff[]") },
  { label: "100,000 nested arrays", body: Buffer.from(deep(100_000)), heavy: true },
  { label: "50,000 nested objects", body: Buffer.from(deepObject(50_000)), heavy: true },
  { label: "900 kB array", body: Buffer.from(JSON.stringify(Array.from({ length: 90_000 }, (_, i) => ({ i })))), heavy: true },
  { label: "60,000 unknown fields", body: Buffer.from(JSON.stringify(Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, i])))), heavy: true },
  { label: "1.5 MB", body: Buffer.alloc(1_500_000, "a") },
  { label: "1.5 MB chunked", body: Buffer.alloc(1_500_000, "a"), chunked: true },
  { label: "20 MB", body: Buffer.alloc(20_000_000, " "), heavy: true },
  { label: "JSON as text/plain", body: Buffer.from("{}"), type: "text/plain" },
  { label: "form-encoded", body: Buffer.from("a=1&__proto__=x"), type: "application/x-www-form-urlencoded" },
];
