-- AlterEnum
ALTER TYPE "EntityType" ADD VALUE 'HEALTH_SOURCE';

-- CreateTable
CREATE TABLE "IngestRateWindow" (
    "credential" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "IngestRateWindow_pkey" PRIMARY KEY ("credential","windowStart")
);

-- CreateTable
CREATE TABLE "HealthRollupWatermark" (
    "grain" "RollupGrain" NOT NULL,
    "rolledUntil" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HealthRollupWatermark_pkey" PRIMARY KEY ("grain")
);

-- CreateIndex
CREATE UNIQUE INDEX "Deployment_natural_key" ON "Deployment"("systemId", "source", "environment", "version", "at");
