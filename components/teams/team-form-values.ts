import type { z } from "zod";
import { ZTeamCreate, ZTeamUpdate, type TTeam } from "@/lib/schemas/team";
import type { ZTeamRole } from "@/lib/schemas/enums";
import type { I18n } from "@/lib/i18n/client";
import { buildRequest } from "@/components/catalog/build-request";
import type { TUserRef } from "@/components/catalog/types";

export type TeamRole = z.infer<typeof ZTeamRole>;
export type MemberDraft = { user: TUserRef; role: TeamRole };

export type TeamDraft = {
  key: string; name: string; description: string;
  contactEmail: string; chatChannel: string; onCall: string;
  /** The member escalation pages as on-call; "" = none. */
  onCallUserId: string;
  members: MemberDraft[];
};

export function toTeamDraft(t?: TTeam): TeamDraft {
  return {
    key: t?.key ?? "", name: t?.name ?? "", description: t?.description ?? "",
    contactEmail: t?.contactEmail ?? "", chatChannel: t?.chatChannel ?? "", onCall: t?.onCall ?? "",
    onCallUserId: t?.onCallUserId ?? "",
    members: t?.members.map((mb) => ({ user: mb.user, role: mb.role })) ?? [],
  };
}

function toPayload(d: TeamDraft) {
  return {
    key: d.key.trim(), name: d.name, description: d.description,
    contactEmail: d.contactEmail.trim() || null, chatChannel: d.chatChannel.trim() || null, onCall: d.onCall.trim() || null,
    // Only a current member can be on call: removing them from the list clears it.
    onCallUserId: d.members.some((mb) => mb.user.id === d.onCallUserId) ? d.onCallUserId : null,
    // Sent as a whole list: on update it replaces the membership.
    members: d.members.map((mb) => ({ userId: mb.user.id, role: mb.role })),
  };
}

export function teamRequest(draft: TeamDraft, { schemaErrors }: Pick<I18n, "schemaErrors">, original?: TTeam) {
  return buildRequest({
    payload: toPayload(draft),
    original: original && { payload: toPayload(toTeamDraft(original)), version: original.version },
    create: ZTeamCreate,
    update: ZTeamUpdate,
    schemaErrors,
  });
}
