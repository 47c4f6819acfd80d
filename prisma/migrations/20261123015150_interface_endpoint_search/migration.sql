-- DropIndex
DROP INDEX "Interface_search_trgm_idx";

-- CreateIndex
CREATE INDEX "Interface_search_trgm_idx" ON "Interface" USING GIN ("key" gin_trgm_ops, "name" gin_trgm_ops, "description" gin_trgm_ops, "endpoint" gin_trgm_ops);
