-- AlterTable
ALTER TABLE "ComplianceDirty" ADD COLUMN     "txid" BIGINT NOT NULL DEFAULT ((pg_current_xact_id())::text)::bigint;

-- CreateIndex
CREATE INDEX "ComplianceDirty_txid_idx" ON "ComplianceDirty"("txid");
