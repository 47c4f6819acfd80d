-- CreateTable
CREATE TABLE "TopologyLayout" (
    "key" TEXT NOT NULL,
    "version" BIGINT NOT NULL,
    "layout" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TopologyLayout_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "TopologyLayout_version_idx" ON "TopologyLayout"("version");
