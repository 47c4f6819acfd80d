import type { tokens as en } from "../en/tokens";

export const tokens: typeof en = {};
