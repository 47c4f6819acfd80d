// Ids made in the application rather than by the database, so a bulk import can wire relations
// (team → member, interface → provider) before anything is inserted, with no round trips.
// Shaped like the cuid()s Prisma makes for single creates: "c", a base-36 timestamp, a counter
// and randomness, 25 characters, so ids from both sources look and sort alike.
import { randomBytes } from "node:crypto";

let counter = 0;
let pool = Buffer.alloc(0);
let offset = 0;

function randomBase36(length: number): string {
  if (offset + length > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  let out = "";
  for (let i = 0; i < length; i++) out += (pool[offset++] % 36).toString(36);
  return out;
}

export function newId(): string {
  counter = (counter + 1) % 1_679_616; // 36^4
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  return `c${time}${counter.toString(36).padStart(4, "0")}${randomBase36(12)}`;
}
