import type { systems as en } from "../en/systems";

export const systems: typeof en = {};
