import type { people as en } from "../en/people";

export const people: typeof en = {};
