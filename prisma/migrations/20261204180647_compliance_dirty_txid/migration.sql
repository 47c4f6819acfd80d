-- AlterTable
ALTER TABLE "ComplianceDirty" ADD COLUMN     "txid" BIGINT NOT NULL DEFAULT ((pg_current_xact_id())::text)::bigint;

-- CreateIndex
CREATE INDEX "ComplianceDirty_txid_idx" ON "ComplianceDirty"("txid");

-- A mark taken over from another transaction becomes this one's (the row lock on it also orders
-- two writers of the same record).
CREATE OR REPLACE FUNCTION "mark_compliance_dirty"(subject "SubjectType", id TEXT) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ComplianceDirty" ("subjectType", "subjectId") VALUES (subject, id)
  ON CONFLICT ("subjectType", "subjectId") DO UPDATE SET "txid" = EXCLUDED."txid";
$$;

CREATE OR REPLACE FUNCTION "system_compliance_dirty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "forget_compliance_subject"('SYSTEM', OLD."id");
    RETURN NULL;
  END IF;
  PERFORM "mark_compliance_dirty"('SYSTEM', NEW."id");
  -- Graph rules read both ends of an interface: when an end's attributes change, so may they.
  IF TG_OP = 'UPDATE' AND ROW(OLD."kind", OLD."layer", OLD."tier", OLD."lifecycle", OLD."teamId", OLD."isThirdParty", OLD."vendor", OLD."tags")
       IS DISTINCT FROM ROW(NEW."kind", NEW."layer", NEW."tier", NEW."lifecycle", NEW."teamId", NEW."isThirdParty", NEW."vendor", NEW."tags") THEN
    INSERT INTO "ComplianceDirty" ("subjectType", "subjectId")
      SELECT 'INTERFACE', i."id" FROM "Interface" i
       WHERE i."providerSystemId" = NEW."id" OR i."consumerSystemId" = NEW."id" OR i."viaSystemId" = NEW."id"
      ON CONFLICT ("subjectType", "subjectId") DO UPDATE SET "txid" = EXCLUDED."txid";
  END IF;
  RETURN NULL;
END $$;
