import type { z } from "zod";
import type { ZRef, ZUserRef } from "@/lib/schemas/common";

/** A reference to a system, interface or team as the API embeds it. */
export type TRef = z.infer<typeof ZRef>;
/** A person as the API embeds them (owners, members). */
export type TUserRef = z.infer<typeof ZUserRef>;
