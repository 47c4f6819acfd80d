// The numbers alert processing decides by, in one place (README, Alerts).

/** Flapping: at least this many state changes (firing ↔ resolved) … */
export const FLAP_CHANGES = 4;
/** … within this many minutes. Calm again when fewer remain inside the window. */
export const FLAP_MINUTES = 10;

/** A firing alert joins an unresolved incident of its system, or of a provider upstream opened within this window. */
export const INCIDENT_WINDOW_MINUTES = 30;

/** How far upstream (hops through interfaces, brokers included) the root-cause hint looks. */
export const ROOT_CAUSE_DEPTH = 4;

/** Largest payload kept in the rejected-deliveries log, in bytes of UTF-8 (the rest is cut). */
export const REJECTION_BODY_MAX_BYTES = 64 * 1024;

/** Ids per bulk action. */
export const BULK_MAX = 500;
