-- New systems and interfaces were marked for re-evaluation by a row trigger each: ~14 ms per
-- 1,000 rows of a bulk INSERT (an import writes 25,000 in groups of 1,000). One statement per
-- INSERT now marks them all from its transition table; updates and deletes keep the row triggers
-- (a system's update also marks the interfaces at its ends).
DROP TRIGGER "System_compliance_dirty" ON "System";
CREATE TRIGGER "System_compliance_dirty" AFTER UPDATE OR DELETE ON "System"
  FOR EACH ROW EXECUTE FUNCTION "system_compliance_dirty"();
DROP TRIGGER "Interface_compliance_dirty" ON "Interface";
CREATE TRIGGER "Interface_compliance_dirty" AFTER UPDATE OR DELETE ON "Interface"
  FOR EACH ROW EXECUTE FUNCTION "interface_compliance_dirty"();

CREATE FUNCTION "mark_inserted_compliance_dirty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ComplianceDirty" ("subjectType", "subjectId")
    SELECT TG_ARGV[0]::"SubjectType", n."id" FROM inserted n
  ON CONFLICT ("subjectType", "subjectId") DO UPDATE SET "txid" = EXCLUDED."txid";
  RETURN NULL;
END $$;
CREATE TRIGGER "System_compliance_dirty_insert" AFTER INSERT ON "System" REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_inserted_compliance_dirty"('SYSTEM');
CREATE TRIGGER "Interface_compliance_dirty_insert" AFTER INSERT ON "Interface" REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_inserted_compliance_dirty"('INTERFACE');
