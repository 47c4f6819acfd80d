-- CreateEnum
CREATE TYPE "DeliveryGuarantee" AS ENUM ('AT_MOST_ONCE', 'AT_LEAST_ONCE', 'EXACTLY_ONCE');

-- CreateEnum
CREATE TYPE "StandardCategory" AS ENUM ('NAMING', 'ERROR_CODES', 'LOGGING', 'AUTH', 'CONTRACT', 'SECURITY', 'RELIABILITY', 'OBSERVABILITY', 'DOCUMENTATION', 'OWNERSHIP', 'ARCHITECTURE', 'RELEASE');

-- CreateEnum
CREATE TYPE "StandardSeverity" AS ENUM ('MUST', 'SHOULD', 'MAY');

-- CreateEnum
CREATE TYPE "SubjectType" AS ENUM ('SYSTEM', 'INTERFACE');

-- CreateEnum
CREATE TYPE "CheckKind" AS ENUM ('FIELD', 'GRAPH', 'CONTRACT', 'ATTESTATION');

-- CreateEnum
CREATE TYPE "ComplianceLevel" AS ENUM ('NONE', 'BRONZE', 'SILVER', 'GOLD', 'NOT_RATED');

-- CreateEnum
CREATE TYPE "WaiverStatus" AS ENUM ('PENDING', 'APPROVED', 'DENIED', 'REVOKED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'APPROVE';
ALTER TYPE "AuditAction" ADD VALUE 'DENY';
ALTER TYPE "AuditAction" ADD VALUE 'REVOKE';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EntityType" ADD VALUE 'STANDARD';
ALTER TYPE "EntityType" ADD VALUE 'WAIVER';
ALTER TYPE "EntityType" ADD VALUE 'ATTESTATION';
ALTER TYPE "EntityType" ADD VALUE 'CONTRACT';
ALTER TYPE "EntityType" ADD VALUE 'INITIATIVE';

-- AlterTable
ALTER TABLE "Interface" ADD COLUMN     "deadLetterQueue" TEXT,
ADD COLUMN     "deliveryGuarantee" "DeliveryGuarantee",
ADD COLUMN     "idempotent" BOOLEAN,
ADD COLUMN     "retryPolicy" TEXT,
ADD COLUMN     "tlsInTransit" BOOLEAN;

-- AlterTable
ALTER TABLE "System" ADD COLUMN     "monitoringUrl" TEXT;

-- CreateTable
CREATE TABLE "Standard" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "text" JSONB NOT NULL,
    "category" "StandardCategory" NOT NULL,
    "severity" "StandardSeverity" NOT NULL,
    "appliesTo" "SubjectType" NOT NULL,
    "scope" JSONB NOT NULL DEFAULT '{}',
    "checkKind" "CheckKind" NOT NULL,
    "check" JSONB NOT NULL,
    "goodExample" TEXT NOT NULL DEFAULT '',
    "badExample" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Standard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceRecord" (
    "subjectType" "SubjectType" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "results" JSONB NOT NULL,
    "level" "ComplianceLevel" NOT NULL,
    "score" INTEGER NOT NULL,
    "failing" INTEGER NOT NULL,
    "applicable" INTEGER NOT NULL,
    "validUntil" TIMESTAMP(3),
    "evaluatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplianceRecord_pkey" PRIMARY KEY ("subjectType","subjectId")
);

-- CreateTable
CREATE TABLE "ComplianceDirty" (
    "subjectType" "SubjectType" NOT NULL,
    "subjectId" TEXT NOT NULL,

    CONSTRAINT "ComplianceDirty_pkey" PRIMARY KEY ("subjectType","subjectId")
);

-- CreateTable
CREATE TABLE "Waiver" (
    "id" TEXT NOT NULL,
    "standardId" TEXT NOT NULL,
    "subjectType" "SubjectType" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "status" "WaiverStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Waiver_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attestation" (
    "id" TEXT NOT NULL,
    "standardId" TEXT NOT NULL,
    "subjectType" "SubjectType" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "evidenceUrl" TEXT,
    "comment" TEXT NOT NULL DEFAULT '',
    "attestedById" TEXT NOT NULL,
    "attestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attestation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractVersion" (
    "id" TEXT NOT NULL,
    "interfaceId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "format" "ContractFormat" NOT NULL,
    "specVersion" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "sha256" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "findings" JSONB,
    "ruleCounts" JSONB,
    "lintedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "appliesTo" "SubjectType" NOT NULL,
    "scope" JSONB NOT NULL DEFAULT '{}',
    "targetLevel" "ComplianceLevel" NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceSnapshot" (
    "day" DATE NOT NULL,
    "standardId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "pass" INTEGER NOT NULL,
    "fail" INTEGER NOT NULL,
    "waived" INTEGER NOT NULL,
    "notApplicable" INTEGER NOT NULL,

    CONSTRAINT "ComplianceSnapshot_pkey" PRIMARY KEY ("day","standardId","teamId")
);

-- CreateTable
CREATE TABLE "LevelSnapshot" (
    "day" DATE NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "none" INTEGER NOT NULL,
    "bronze" INTEGER NOT NULL,
    "silver" INTEGER NOT NULL,
    "gold" INTEGER NOT NULL,
    "atTarget" INTEGER NOT NULL,

    CONSTRAINT "LevelSnapshot_pkey" PRIMARY KEY ("day","initiativeId","teamId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Standard_key_key" ON "Standard"("key");

-- CreateIndex
CREATE INDEX "Standard_appliesTo_active_idx" ON "Standard"("appliesTo", "active");

-- CreateIndex
CREATE INDEX "ComplianceRecord_subjectType_level_idx" ON "ComplianceRecord"("subjectType", "level");

-- CreateIndex
CREATE INDEX "ComplianceRecord_validUntil_idx" ON "ComplianceRecord"("validUntil");

-- CreateIndex
CREATE INDEX "Waiver_subjectType_subjectId_idx" ON "Waiver"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "Waiver_status_expiresAt_idx" ON "Waiver"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Waiver_standardId_idx" ON "Waiver"("standardId");

-- CreateIndex
CREATE INDEX "Attestation_standardId_subjectType_subjectId_attestedAt_idx" ON "Attestation"("standardId", "subjectType", "subjectId", "attestedAt");

-- CreateIndex
CREATE INDEX "Attestation_subjectType_subjectId_idx" ON "Attestation"("subjectType", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "ContractVersion_interfaceId_number_key" ON "ContractVersion"("interfaceId", "number");

-- AddForeignKey
ALTER TABLE "Waiver" ADD CONSTRAINT "Waiver_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "Standard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waiver" ADD CONSTRAINT "Waiver_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waiver" ADD CONSTRAINT "Waiver_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attestation" ADD CONSTRAINT "Attestation_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "Standard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attestation" ADD CONSTRAINT "Attestation_attestedById_fkey" FOREIGN KEY ("attestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractVersion" ADD CONSTRAINT "ContractVersion_interfaceId_fkey" FOREIGN KEY ("interfaceId") REFERENCES "Interface"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractVersion" ADD CONSTRAINT "ContractVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Compliance inputs mark the records whose results must be recomputed (server/compliance/
-- settle-compliance.ts). Triggers, not calls in each write path: an import, a bulk assignment or
-- a hand-over reaches the results as surely as an edit in the form.
-- DO UPDATE rather than DO NOTHING: the row then carries this transaction's xmin, which is how
-- a write settles exactly what it dirtied before it commits (settle-compliance.ts).
CREATE FUNCTION "mark_compliance_dirty"(subject "SubjectType", id TEXT) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ComplianceDirty" ("subjectType", "subjectId") VALUES (subject, id)
  ON CONFLICT ("subjectType", "subjectId") DO UPDATE SET "subjectId" = EXCLUDED."subjectId";
$$;

CREATE FUNCTION "forget_compliance_subject"(subject "SubjectType", id TEXT) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ComplianceRecord" WHERE "subjectType" = subject AND "subjectId" = id;
  DELETE FROM "ComplianceDirty" WHERE "subjectType" = subject AND "subjectId" = id;
  DELETE FROM "Waiver" WHERE "subjectType" = subject AND "subjectId" = id;
  DELETE FROM "Attestation" WHERE "subjectType" = subject AND "subjectId" = id;
$$;

CREATE FUNCTION "system_compliance_dirty"() RETURNS trigger LANGUAGE plpgsql AS $$
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
      ON CONFLICT ("subjectType", "subjectId") DO UPDATE SET "subjectId" = EXCLUDED."subjectId";
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "System_compliance_dirty" AFTER INSERT OR UPDATE OR DELETE ON "System"
  FOR EACH ROW EXECUTE FUNCTION "system_compliance_dirty"();

CREATE FUNCTION "interface_compliance_dirty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "forget_compliance_subject"('INTERFACE', OLD."id");
    RETURN NULL;
  END IF;
  PERFORM "mark_compliance_dirty"('INTERFACE', NEW."id");
  RETURN NULL;
END $$;
CREATE TRIGGER "Interface_compliance_dirty" AFTER INSERT OR UPDATE OR DELETE ON "Interface"
  FOR EACH ROW EXECUTE FUNCTION "interface_compliance_dirty"();

CREATE FUNCTION "estate_truncated_compliance"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ComplianceRecord" WHERE "subjectType"::text = TG_ARGV[0];
  DELETE FROM "ComplianceDirty" WHERE "subjectType"::text = TG_ARGV[0];
  DELETE FROM "Waiver" WHERE "subjectType"::text = TG_ARGV[0];
  DELETE FROM "Attestation" WHERE "subjectType"::text = TG_ARGV[0];
  RETURN NULL;
END $$;
CREATE TRIGGER "System_compliance_truncate" AFTER TRUNCATE ON "System"
  FOR EACH STATEMENT EXECUTE FUNCTION "estate_truncated_compliance"('SYSTEM');
CREATE TRIGGER "Interface_compliance_truncate" AFTER TRUNCATE ON "Interface"
  FOR EACH STATEMENT EXECUTE FUNCTION "estate_truncated_compliance"('INTERFACE');

-- A standard's change touches every record of its type: "*" asks for a full evaluation.
CREATE FUNCTION "standard_compliance_dirty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "mark_compliance_dirty"(OLD."appliesTo", '*'); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM "mark_compliance_dirty"(NEW."appliesTo", '*'); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Standard_compliance_dirty" AFTER INSERT OR UPDATE OR DELETE ON "Standard"
  FOR EACH ROW EXECUTE FUNCTION "standard_compliance_dirty"();

CREATE FUNCTION "subject_compliance_dirty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "mark_compliance_dirty"(OLD."subjectType", OLD."subjectId"); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM "mark_compliance_dirty"(NEW."subjectType", NEW."subjectId"); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Waiver_compliance_dirty" AFTER INSERT OR UPDATE OR DELETE ON "Waiver"
  FOR EACH ROW EXECUTE FUNCTION "subject_compliance_dirty"();
CREATE TRIGGER "Attestation_compliance_dirty" AFTER INSERT OR UPDATE OR DELETE ON "Attestation"
  FOR EACH ROW EXECUTE FUNCTION "subject_compliance_dirty"();

CREATE FUNCTION "contract_compliance_dirty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "mark_compliance_dirty"('INTERFACE', OLD."interfaceId"); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM "mark_compliance_dirty"('INTERFACE', NEW."interfaceId"); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "ContractVersion_compliance_dirty" AFTER INSERT OR UPDATE OF "ruleCounts", "lintedAt" OR DELETE ON "ContractVersion"
  FOR EACH ROW EXECUTE FUNCTION "contract_compliance_dirty"();

-- Records that existed before standards did are evaluated on the first settle.
INSERT INTO "ComplianceDirty" ("subjectType", "subjectId") VALUES ('SYSTEM', '*'), ('INTERFACE', '*');
