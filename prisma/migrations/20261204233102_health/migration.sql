-- CreateEnum
CREATE TYPE "TokenScope" AS ENUM ('FULL', 'INGEST', 'SCRAPE');

-- CreateEnum
CREATE TYPE "SignalStatus" AS ENUM ('UP', 'DEGRADED', 'DOWN');

-- CreateEnum
CREATE TYPE "HealthState" AS ENUM ('UP', 'DEGRADED', 'DOWN', 'NO_DATA');

-- CreateEnum
CREATE TYPE "DeploymentStatus" AS ENUM ('SUCCEEDED', 'FAILED', 'ROLLED_BACK');

-- CreateEnum
CREATE TYPE "JobRunStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "RollupGrain" AS ENUM ('HOUR', 'DAY');

-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "scope" "TokenScope" NOT NULL DEFAULT 'FULL';

-- AlterTable
ALTER TABLE "Interface" ADD COLUMN     "sloAvailabilityPct" DOUBLE PRECISION,
ADD COLUMN     "sloFreshnessMinutes" INTEGER,
ADD COLUMN     "sloLatencyP95Ms" INTEGER;

-- CreateTable
CREATE TABLE "HealthSource" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "secretEncrypted" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "HealthSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthSample" (
    "subjectId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "subjectType" "SubjectType" NOT NULL,
    "status" "SignalStatus",
    "latencyP95Ms" REAL,
    "latencyP99Ms" REAL,
    "errorRate" REAL,
    "throughput" REAL,
    "backlog" BIGINT,
    "lagMessages" BIGINT,
    "lagSeconds" REAL,
    "deadLettered" BIGINT,
    "consumers" INTEGER,

    CONSTRAINT "HealthSample_pkey" PRIMARY KEY ("subjectId","at","source")
) PARTITION BY RANGE ("at");
-- Written by hand: Prisma cannot declare partitioning. One partition a day, named
-- HealthSample_pYYYYMMDD, created ahead by the app (server/health) and dropped when expired; no
-- default partition, so a day's partition can always be created and dropped whole.

-- CreateTable
CREATE TABLE "HealthCurrent" (
    "subjectId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "subjectType" "SubjectType" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "status" "SignalStatus",
    "intervalMs" INTEGER,

    CONSTRAINT "HealthCurrent_pkey" PRIMARY KEY ("subjectId","source")
);

-- CreateTable
CREATE TABLE "HealthStatus" (
    "subjectId" TEXT NOT NULL,
    "subjectType" "SubjectType" NOT NULL,
    "state" "HealthState" NOT NULL,
    "since" TIMESTAMP(3) NOT NULL,
    "lastSampleAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HealthStatus_pkey" PRIMARY KEY ("subjectId")
);

-- CreateTable
CREATE TABLE "HealthRollup" (
    "subjectId" TEXT NOT NULL,
    "grain" "RollupGrain" NOT NULL,
    "bucket" TIMESTAMP(3) NOT NULL,
    "subjectType" "SubjectType" NOT NULL,
    "samples" INTEGER NOT NULL,
    "up" INTEGER NOT NULL,
    "degraded" INTEGER NOT NULL,
    "down" INTEGER NOT NULL,
    "latencyP95Avg" REAL,
    "latencyP95Max" REAL,
    "latencyP99Max" REAL,
    "errorRateAvg" REAL,
    "throughputAvg" REAL,
    "backlogMax" BIGINT,
    "lagMessagesMax" BIGINT,
    "lagSecondsMax" REAL,
    "deadLetteredMax" BIGINT,
    "consumersMin" INTEGER,

    CONSTRAINT "HealthRollup_pkey" PRIMARY KEY ("subjectId","grain","bucket")
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "externalId" TEXT,
    "version" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "status" "DeploymentStatus" NOT NULL,
    "strategy" TEXT,
    "link" TEXT,
    "at" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Deployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "subjectType" "SubjectType" NOT NULL,
    "runId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "status" "JobRunStatus" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "rows" BIGINT,
    "dataFreshAt" TIMESTAMP(3),
    "qualityChecks" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HealthSource_name_key" ON "HealthSource"("name");

-- CreateIndex
CREATE INDEX "HealthStatus_state_idx" ON "HealthStatus"("state");

-- CreateIndex
CREATE INDEX "HealthRollup_grain_bucket_idx" ON "HealthRollup"("grain", "bucket");

-- CreateIndex
CREATE INDEX "Deployment_systemId_at_idx" ON "Deployment"("systemId", "at");

-- CreateIndex
CREATE INDEX "Deployment_at_idx" ON "Deployment"("at");

-- CreateIndex
CREATE UNIQUE INDEX "Deployment_source_externalId_key" ON "Deployment"("source", "externalId");

-- CreateIndex
CREATE INDEX "JobRun_subjectId_startedAt_idx" ON "JobRun"("subjectId", "startedAt");

-- CreateIndex
CREATE INDEX "JobRun_startedAt_idx" ON "JobRun"("startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_subjectId_runId_key" ON "JobRun"("subjectId", "runId");

-- AddForeignKey
ALTER TABLE "HealthSource" ADD CONSTRAINT "HealthSource_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;
