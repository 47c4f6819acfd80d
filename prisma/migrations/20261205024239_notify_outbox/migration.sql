-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'TEST';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "leasedBy" TEXT;

-- The default policy (exactly one: server/notify/save-escalation-policy.ts keeps it so under a lock): the team's channels at once, the technical owner after 15 minutes, the team
-- lead 30 minutes after that; the whole list once more if nobody acknowledged.
INSERT INTO "EscalationPolicy" ("id", "name", "isDefault", "steps", "repeatCount")
VALUES ('default-escalation-policy', 'Default', true,
        '[{"waitMinutes":0,"target":"TEAM_CHANNEL"},{"waitMinutes":15,"target":"TECHNICAL_OWNER"},{"waitMinutes":30,"target":"TEAM_LEAD"}]'::jsonb,
        1);
