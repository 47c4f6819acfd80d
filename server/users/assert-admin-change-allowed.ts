import "server-only";
import type { Role } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/http/app-error";

export type AssertAdminChangeAllowedOptions = {
  actorUserId: string;
  target: { id: string; role: Role; active: boolean };
  change: { role?: Role; active?: boolean };
  /** Active admins other than the target; only called when the change takes an admin away. */
  countOtherActiveAdmins: () => Promise<number>;
};

/**
 * Keeps the installation administrable: nobody deactivates themselves (they would lock themselves
 * out mid-session), and the last active admin is neither deactivated nor demoted.
 */
export async function assertAdminChangeAllowed(o: AssertAdminChangeAllowedOptions): Promise<void> {
  if (o.change.active === false && o.target.id === o.actorUserId) {
    throw AppError.conflict({ key: "cannotDeactivateSelf" }, [
      { path: "active", message: { key: "cannotDeactivateSelf" } },
    ]);
  }
  const wasActiveAdmin = o.target.role === "ADMIN" && o.target.active;
  const staysActiveAdmin = (o.change.role ?? o.target.role) === "ADMIN" && (o.change.active ?? o.target.active);
  if (!wasActiveAdmin || staysActiveAdmin) return;
  if ((await o.countOtherActiveAdmins()) > 0) return;
  throw AppError.conflict({ key: "lastActiveAdmin" }, [
    { path: o.change.active === false ? "active" : "role", message: { key: "lastActiveAdmin" } },
  ]);
}
