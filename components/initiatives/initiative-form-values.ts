import { ZInitiativeCreate, ZInitiativeUpdate, type TInitiative } from "@/lib/schemas/initiative";
import type { TSubjectType } from "@/lib/schemas/enums";
import type { I18n } from "@/lib/i18n/client";
import { buildRequest } from "@/components/catalog/build-request";
import { fromScopeDraft, toScopeDraft, type ScopeDraft } from "@/components/standards/standard-form-values";

/** What the initiative form edits; the scope keys are the API's paths ("scope.tiers"), as in the standard form. */
export type InitiativeDraft = ScopeDraft & {
  name: string;
  description: string;
  appliesTo: TSubjectType;
  targetLevel: TInitiative["targetLevel"];
  deadline: string;
};

export function toInitiativeDraft(i?: TInitiative): InitiativeDraft {
  return {
    name: i?.name ?? "",
    description: i?.description ?? "",
    appliesTo: i?.appliesTo ?? "INTERFACE",
    targetLevel: i?.targetLevel ?? "SILVER",
    deadline: i?.deadline ?? "",
    ...toScopeDraft(i?.scope),
  };
}

const toPayload = (d: InitiativeDraft) => ({
  name: d.name, description: d.description, appliesTo: d.appliesTo, scope: fromScopeDraft(d), targetLevel: d.targetLevel, deadline: d.deadline,
});

/** POST body, or PATCH body (version + what changed), or null when nothing changed; checked with the API's schemas. */
export function initiativeRequest(draft: InitiativeDraft, { schemaErrors }: Pick<I18n, "schemaErrors">, original?: TInitiative) {
  return buildRequest({
    payload: toPayload(draft),
    original: original && { payload: toPayload(toInitiativeDraft(original)), version: original.version },
    create: ZInitiativeCreate,
    update: ZInitiativeUpdate,
    schemaErrors,
  });
}
