-- CreateEnum
CREATE TYPE "AlertSeverity" AS ENUM ('CRITICAL', 'MAJOR', 'MINOR', 'WARNING', 'INFO');

-- CreateEnum
CREATE TYPE "AlertState" AS ENUM ('FIRING', 'ACKNOWLEDGED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "AlertSourceKind" AS ENUM ('ALERTMANAGER', 'GENERIC');

-- CreateEnum
CREATE TYPE "AlertSuppression" AS ENUM ('SILENCE', 'MAINTENANCE');

-- CreateEnum
CREATE TYPE "IncidentState" AS ENUM ('OPEN', 'ACKNOWLEDGED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "MaintenanceKind" AS ENUM ('ONE_OFF', 'WEEKLY');

-- CreateEnum
CREATE TYPE "ChannelKind" AS ENUM ('WEBHOOK', 'SLACK', 'FEISHU', 'DINGTALK', 'WECOM', 'EMAIL');

-- CreateEnum
CREATE TYPE "EscalationTarget" AS ENUM ('TEAM_CHANNEL', 'TECHNICAL_OWNER', 'TEAM_LEAD', 'TEAM_ON_CALL', 'USER');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('TRIGGER', 'ESCALATION', 'RECOVERY', 'STORM_SUMMARY');

-- CreateEnum
CREATE TYPE "DeliveryState" AS ENUM ('PENDING', 'DELIVERED', 'DEAD');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'ACKNOWLEDGE';
ALTER TYPE "AuditAction" ADD VALUE 'RESOLVE';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EntityType" ADD VALUE 'ALERT';
ALTER TYPE "EntityType" ADD VALUE 'INCIDENT';
ALTER TYPE "EntityType" ADD VALUE 'ALERT_MAPPING';
ALTER TYPE "EntityType" ADD VALUE 'SILENCE';
ALTER TYPE "EntityType" ADD VALUE 'MAINTENANCE_WINDOW';
ALTER TYPE "EntityType" ADD VALUE 'NOTIFICATION_CHANNEL';
ALTER TYPE "EntityType" ADD VALUE 'ESCALATION_POLICY';

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "onCallUserId" TEXT;

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "dedupKey" TEXT NOT NULL,
    "sourceKind" "AlertSourceKind" NOT NULL,
    "source" TEXT NOT NULL,
    "fingerprint" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "severity" "AlertSeverity" NOT NULL,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "annotations" JSONB NOT NULL DEFAULT '{}',
    "links" JSONB NOT NULL DEFAULT '[]',
    "state" "AlertState" NOT NULL,
    "suppressedBy" "AlertSuppression",
    "silenceId" TEXT,
    "systemId" TEXT,
    "interfaceId" TEXT,
    "mappingRuleId" TEXT,
    "incidentId" TEXT,
    "symptomPath" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "count" INTEGER NOT NULL DEFAULT 1,
    "flapping" BOOLEAN NOT NULL DEFAULT false,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "assigneeId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertTransition" (
    "id" BIGSERIAL NOT NULL,
    "alertId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fromState" "AlertState",
    "toState" "AlertState" NOT NULL,
    "actorId" TEXT,

    CONSTRAINT "AlertTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "systemId" TEXT NOT NULL,
    "teamId" TEXT,
    "title" TEXT NOT NULL,
    "severity" "AlertSeverity" NOT NULL,
    "state" "IncidentState" NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "assigneeId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertMappingRule" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" TEXT,
    "targetType" "SubjectType" NOT NULL,
    "targetId" TEXT,
    "priority" INTEGER NOT NULL DEFAULT 100,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertMappingRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertRejection" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sourceKind" "AlertSourceKind" NOT NULL,
    "actorLabel" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "errors" JSONB NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "AlertRejection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Silence" (
    "id" TEXT NOT NULL,
    "matchers" JSONB NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "comment" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Silence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaintenanceWindow" (
    "id" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "kind" "MaintenanceKind" NOT NULL,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "weekday" INTEGER,
    "startMinute" INTEGER,
    "durationMinutes" INTEGER,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "comment" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MaintenanceWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationChannel" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ChannelKind" NOT NULL,
    "config" JSONB NOT NULL,
    "secretEncrypted" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "NotificationChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamChannel" (
    "teamId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,

    CONSTRAINT "TeamChannel_pkey" PRIMARY KEY ("teamId","channelId")
);

-- CreateTable
CREATE TABLE "EscalationPolicy" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "teamId" TEXT,
    "tier" INTEGER,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "steps" JSONB NOT NULL,
    "repeatCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "EscalationPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentEscalation" (
    "incidentId" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 0,
    "round" INTEGER NOT NULL DEFAULT 0,
    "nextAt" TIMESTAMP(3),
    "stoppedAt" TIMESTAMP(3),
    "stopReason" TEXT,

    CONSTRAINT "IncidentEscalation_pkey" PRIMARY KEY ("incidentId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "incidentId" TEXT,
    "kind" "NotificationKind" NOT NULL,
    "channelId" TEXT,
    "userId" TEXT,
    "targetNote" TEXT NOT NULL DEFAULT '',
    "payload" JSONB NOT NULL,
    "state" "DeliveryState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationAttempt" (
    "id" BIGSERIAL NOT NULL,
    "notificationId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "httpStatus" INTEGER,
    "error" TEXT,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "NotificationAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Alert_dedupKey_key" ON "Alert"("dedupKey");

-- CreateIndex
CREATE INDEX "Alert_state_lastSeenAt_idx" ON "Alert"("state", "lastSeenAt");

-- CreateIndex
CREATE INDEX "Alert_systemId_state_idx" ON "Alert"("systemId", "state");

-- CreateIndex
CREATE INDEX "Alert_interfaceId_idx" ON "Alert"("interfaceId");

-- CreateIndex
CREATE INDEX "Alert_incidentId_idx" ON "Alert"("incidentId");

-- CreateIndex
CREATE INDEX "Alert_assigneeId_idx" ON "Alert"("assigneeId");

-- CreateIndex
CREATE INDEX "Alert_source_firstSeenAt_idx" ON "Alert"("source", "firstSeenAt");

-- CreateIndex
CREATE INDEX "Alert_lastSeenAt_idx" ON "Alert"("lastSeenAt");

-- CreateIndex
CREATE INDEX "AlertTransition_alertId_at_idx" ON "AlertTransition"("alertId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_number_key" ON "Incident"("number");

-- CreateIndex
CREATE INDEX "Incident_state_openedAt_idx" ON "Incident"("state", "openedAt");

-- CreateIndex
CREATE INDEX "Incident_systemId_state_idx" ON "Incident"("systemId", "state");

-- CreateIndex
CREATE INDEX "Incident_teamId_openedAt_idx" ON "Incident"("teamId", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlertMappingRule_label_value_targetType_key" ON "AlertMappingRule"("label", "value", "targetType");

-- CreateIndex
CREATE INDEX "AlertRejection_at_idx" ON "AlertRejection"("at");

-- CreateIndex
CREATE INDEX "Silence_endsAt_idx" ON "Silence"("endsAt");

-- CreateIndex
CREATE INDEX "MaintenanceWindow_systemId_idx" ON "MaintenanceWindow"("systemId");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationChannel_name_key" ON "NotificationChannel"("name");

-- CreateIndex
CREATE INDEX "TeamChannel_channelId_idx" ON "TeamChannel"("channelId");

-- CreateIndex
CREATE UNIQUE INDEX "EscalationPolicy_name_key" ON "EscalationPolicy"("name");

-- CreateIndex
CREATE INDEX "EscalationPolicy_teamId_tier_idx" ON "EscalationPolicy"("teamId", "tier");

-- CreateIndex
CREATE INDEX "IncidentEscalation_nextAt_idx" ON "IncidentEscalation"("nextAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_idempotencyKey_key" ON "Notification"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Notification_state_nextAttemptAt_idx" ON "Notification"("state", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Notification_incidentId_createdAt_idx" ON "Notification"("incidentId", "createdAt");

-- CreateIndex
CREATE INDEX "NotificationAttempt_notificationId_at_idx" ON "NotificationAttempt"("notificationId", "at");

-- AddForeignKey
ALTER TABLE "TeamChannel" ADD CONSTRAINT "TeamChannel_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "NotificationChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;
