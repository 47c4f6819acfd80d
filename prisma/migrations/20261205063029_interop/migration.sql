-- CreateEnum
CREATE TYPE "ImportSource" AS ENUM ('BACKSTAGE', 'CSV', 'XLSX', 'BULK_API', 'APPLY');

-- CreateEnum
CREATE TYPE "ImportBatchState" AS ENUM ('RUNNING', 'APPLIED', 'FAILED');

-- AlterEnum
ALTER TYPE "EntityType" ADD VALUE 'IMPORT_BATCH';

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "batchId" TEXT;

-- AlterTable
ALTER TABLE "Interface" ADD COLUMN     "sourceRef" TEXT;

-- AlterTable
ALTER TABLE "System" ADD COLUMN     "domain" TEXT,
ADD COLUMN     "grouping" TEXT,
ADD COLUMN     "sourceRef" TEXT;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "parentId" TEXT,
ADD COLUMN     "sourceRef" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sourceRef" TEXT;

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL,
    "source" "ImportSource" NOT NULL,
    "state" "ImportBatchState" NOT NULL DEFAULT 'RUNNING',
    "mode" TEXT NOT NULL,
    "actorUserId" TEXT,
    "actorTokenId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "summary" JSONB NOT NULL DEFAULT '{}',
    "problems" JSONB NOT NULL DEFAULT '[]',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportBatch_startedAt_idx" ON "ImportBatch"("startedAt");

-- CreateIndex
CREATE INDEX "ImportBatch_actorUserId_startedAt_idx" ON "ImportBatch"("actorUserId", "startedAt");

-- CreateIndex
CREATE INDEX "AuditEntry_batchId_idx" ON "AuditEntry"("batchId");

-- CreateIndex
CREATE UNIQUE INDEX "Interface_sourceRef_key" ON "Interface"("sourceRef");

-- CreateIndex
CREATE UNIQUE INDEX "System_sourceRef_key" ON "System"("sourceRef");

-- CreateIndex
CREATE INDEX "System_domain_idx" ON "System"("domain");

-- CreateIndex
CREATE INDEX "System_grouping_idx" ON "System"("grouping");

-- CreateIndex
CREATE UNIQUE INDEX "Team_sourceRef_key" ON "Team"("sourceRef");

-- CreateIndex
CREATE INDEX "Team_parentId_idx" ON "Team"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "User_sourceRef_key" ON "User"("sourceRef");

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;
