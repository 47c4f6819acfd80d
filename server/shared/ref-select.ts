import "server-only";

/** How other records are embedded in responses: enough to show and link them. */
export const refSelect = { id: true, key: true, name: true } as const;
export const userRefSelect = { id: true, name: true, email: true, active: true } as const;
