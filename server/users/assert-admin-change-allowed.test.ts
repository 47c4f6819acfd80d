import { describe, expect, it } from "vitest";
import { AppError } from "@/server/http/app-error";
import { assertAdminChangeAllowed, type AssertAdminChangeAllowedOptions } from "./assert-admin-change-allowed";

const ADMIN = { id: "u-admin", role: "ADMIN", active: true } as const;

/** Runs the check with `others` other active admins; reports whether the count was consulted. */
async function check(o: Omit<AssertAdminChangeAllowedOptions, "countOtherActiveAdmins">, others: number) {
  let counted = false;
  const countOtherActiveAdmins = async () => ((counted = true), others);
  try {
    await assertAdminChangeAllowed({ ...o, countOtherActiveAdmins });
    return { refused: undefined, counted };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { refused: { status: error.status, path: error.errors[0]?.path }, counted };
  }
}

describe("assertAdminChangeAllowed", () => {
  it("refuses deactivating yourself even when other admins remain", async () => {
    const r = await check({ actorUserId: ADMIN.id, target: ADMIN, change: { active: false } }, 5);
    expect(r.refused).toEqual({ status: 409, path: "active" });
  });

  it("refuses demoting or deactivating the last active admin", async () => {
    expect((await check({ actorUserId: ADMIN.id, target: ADMIN, change: { role: "ENGINEER" } }, 0)).refused).toEqual({ status: 409, path: "role" });
    expect((await check({ actorUserId: "u-other", target: ADMIN, change: { active: false } }, 0)).refused).toEqual({ status: 409, path: "active" });
  });

  it("allows the same changes while another active admin remains", async () => {
    expect((await check({ actorUserId: ADMIN.id, target: ADMIN, change: { role: "VIEWER" } }, 1)).refused).toBeUndefined();
    expect((await check({ actorUserId: "u-other", target: ADMIN, change: { active: false } }, 1)).refused).toBeUndefined();
  });

  it("does not count admins when the change keeps the target an active admin or it was not one", async () => {
    const keeps = await check({ actorUserId: ADMIN.id, target: ADMIN, change: { role: "ADMIN", active: true } }, 0);
    expect(keeps).toEqual({ refused: undefined, counted: false });
    const inactive = await check({ actorUserId: ADMIN.id, target: { ...ADMIN, active: false }, change: { role: "VIEWER" } }, 0);
    expect(inactive).toEqual({ refused: undefined, counted: false });
    const engineer = await check({ actorUserId: ADMIN.id, target: { id: "u-eng", role: "ENGINEER", active: true }, change: { active: false } }, 0);
    expect(engineer).toEqual({ refused: undefined, counted: false });
  });
});
