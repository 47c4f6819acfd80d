import type { audit as en } from "../en/audit";

export const audit: typeof en = {};
