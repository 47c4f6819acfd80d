import { describe, expect, it } from "vitest";
import { ZCheck } from "@/lib/schemas/standard";
import { fromCheckDraft, toCheckDraft, withField, withOperator, type CheckDraft, type ConditionDraft } from "./check-draft";
import { INTERFACE_FIELDS, SYSTEM_FIELDS } from "./fields";

const draft = (conditions: ConditionDraft[], kind: CheckDraft["kind"] = "FIELD"): CheckDraft => ({ ...toCheckDraft(), kind, conditions });
const c = (field: string, op: ConditionDraft["op"], value = "", ref: string | null = null): ConditionDraft => ({ field, op, value, ref });

describe("the check editor's draft", () => {
  it("turns typed text into values of the field's type", () => {
    const { check, problems } = fromCheckDraft(draft([
      c("tier", "lte", "1"),
      c("isThirdParty", "eq", "false"),
      c("layer", "in", "DATA, BUSINESS"),
      c("tier", "not_in", "2,3"),
      c("vendor", "empty"),
      c("name", "matches", "^[a-z]+$"),
    ]), "SYSTEM");
    expect(problems).toEqual({});
    expect(check).toEqual({ kind: "FIELD", match: "all", conditions: [
      { field: "tier", op: "lte", value: 1 },
      { field: "isThirdParty", op: "eq", value: false },
      { field: "layer", op: "in", value: ["DATA", "BUSINESS"] },
      { field: "tier", op: "not_in", value: [2, 3] },
      { field: "vendor", op: "empty" },
      { field: "name", op: "matches", value: "^[a-z]+$" },
    ] });
    expect(ZCheck.safeParse(check).success).toBe(true);
  });

  it("reports each problem at the path the API would", () => {
    const { problems } = fromCheckDraft(draft([
      c("", ""), c("tier", ""), c("tier", "gt", "two"), c("name", "eq", ""), c("name", "matches", "(a"), c("tier", "in", " , "),
    ]), "SYSTEM");
    expect(problems).toEqual({
      "check.conditions.0.field": "chooseField",
      "check.conditions.1.op": "chooseOperator",
      "check.conditions.2.value": "enterNumber",
      "check.conditions.3.value": "enterValue",
      "check.conditions.4.value": "badPattern",
      "check.conditions.5.value": "enterValue",
    });
  });

  it("compares a graph end with the other end's field, and round-trips", () => {
    const original = { kind: "GRAPH" as const, match: "all" as const, conditions: [
      { field: "interface.style", op: "eq" as const, value: "DB_LINK" },
      { field: "provider.teamId", op: "neq" as const, value: { ref: "consumer.teamId" } },
    ] };
    const d = toCheckDraft(original);
    expect(d.conditions[1]).toEqual({ field: "provider.teamId", op: "neq", value: "", ref: "consumer.teamId" });
    expect(fromCheckDraft(d, "INTERFACE")).toEqual({ check: original, problems: {} });
  });

  it("keeps what still fits when the field or the operator changes", () => {
    const tier = c("tier", "gte", "2");
    expect(withField(tier, "tier", SYSTEM_FIELDS)).toEqual(tier);
    expect(withField(tier, "name", SYSTEM_FIELDS)).toEqual({ field: "name", op: "eq", value: "", ref: null });
    expect(withField(c("style", "in", "REST"), "mode", INTERFACE_FIELDS)).toEqual({ field: "mode", op: "in", value: "", ref: null });
    expect(withOperator(c("name", "contains", "x"), "starts_with", "FIELD").value).toBe("x");
    expect(withOperator(c("name", "contains", "x"), "in", "FIELD").value).toBe("");
    expect(withOperator(c("provider.layer", "eq", "", "consumer.layer"), "in", "GRAPH").ref).toBeNull();
  });

  it("checks the days of an attestation and splits a contract's rule names", () => {
    expect(fromCheckDraft({ ...toCheckDraft(), kind: "ATTESTATION", validDays: "0" }, "INTERFACE").problems).toEqual({ "check.validDays": "enterDays" });
    expect(fromCheckDraft({ ...toCheckDraft(), kind: "CONTRACT", rules: "a-rule, ,b-rule", failOn: "warn" }, "INTERFACE").check)
      .toEqual({ kind: "CONTRACT", rules: ["a-rule", "b-rule"], failOn: "warn" });
  });
});
