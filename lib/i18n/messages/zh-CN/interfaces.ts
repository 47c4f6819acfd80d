import type { interfaces as en } from "../en/interfaces";

export const interfaces: typeof en = {};
