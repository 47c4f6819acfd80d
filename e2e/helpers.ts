import { randomBytes } from "node:crypto";

export const DEMO_USERS = {
  ADMIN: "admin@junction.local",
  ENGINEER: "engineer@junction.local",
  VIEWER: "viewer@junction.local",
} as const;
export const DEMO_PASSWORD = "junction-demo";

export const storageStateFor = (role: keyof typeof DEMO_USERS) => `playwright/.auth/${role.toLowerCase()}.json`;

/** A key no earlier run used, so the suite can run again on the same database. */
export const uniqueKey = (prefix: string) => `${prefix}-${randomBytes(3).toString("hex")}`;
