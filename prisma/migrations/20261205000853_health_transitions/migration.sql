-- CreateTable
CREATE TABLE "HealthTransition" (
    "id" BIGSERIAL NOT NULL,
    "subjectId" TEXT NOT NULL,
    "subjectType" "SubjectType" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "fromState" "HealthState",
    "toState" "HealthState" NOT NULL,

    CONSTRAINT "HealthTransition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HealthTransition_subjectId_at_idx" ON "HealthTransition"("subjectId", "at");

-- CreateIndex
CREATE INDEX "HealthTransition_at_idx" ON "HealthTransition"("at");

-- Hand-written: the log is kept by triggers on HealthStatus, so whatever settles a status (an
-- ingested batch, the sweep, an instance or another) records its changes in the same
-- transaction. The WHEN clause makes an unchanged state cost no function call.
CREATE FUNCTION "log_health_transition"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "HealthTransition" ("subjectId", "subjectType", "at", "fromState", "toState")
  VALUES (NEW."subjectId", NEW."subjectType", NEW."since", CASE WHEN TG_OP = 'UPDATE' THEN OLD."state" END, NEW."state");
  RETURN NULL;
END;
$$;
CREATE TRIGGER "HealthStatus_transition_insert" AFTER INSERT ON "HealthStatus"
  FOR EACH ROW EXECUTE FUNCTION "log_health_transition"();
CREATE TRIGGER "HealthStatus_transition_update" AFTER UPDATE OF "state" ON "HealthStatus"
  FOR EACH ROW WHEN (OLD."state" IS DISTINCT FROM NEW."state") EXECUTE FUNCTION "log_health_transition"();
