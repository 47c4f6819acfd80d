import type { teams as en } from "../en/teams";

export const teams: typeof en = {};
