-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'ENGINEER', 'VIEWER');

-- CreateEnum
CREATE TYPE "SystemKind" AS ENUM ('BUSINESS_APP', 'DATA_PLATFORM', 'MESSAGE_BROKER', 'SCHEDULER', 'CI_CD', 'MONITORING', 'AI_SERVICE', 'IOT', 'SAAS', 'DATABASE', 'GATEWAY', 'OTHER');

-- CreateEnum
CREATE TYPE "Layer" AS ENUM ('PRESENTATION', 'BUSINESS', 'DATA', 'INFRASTRUCTURE');

-- CreateEnum
CREATE TYPE "Lifecycle" AS ENUM ('PLANNED', 'ACTIVE', 'DEPRECATED', 'RETIRED');

-- CreateEnum
CREATE TYPE "InterfaceStyle" AS ENUM ('REST', 'GRPC', 'GRAPHQL', 'SOAP', 'MESSAGE_QUEUE', 'EVENT_STREAM', 'ETL_BATCH', 'WEBHOOK', 'FILE_TRANSFER', 'DB_LINK');

-- CreateEnum
CREATE TYPE "InterfaceMode" AS ENUM ('SYNC', 'ASYNC');

-- CreateEnum
CREATE TYPE "AuthMethod" AS ENUM ('NONE', 'API_KEY', 'BASIC', 'OAUTH2', 'JWT', 'MTLS');

-- CreateEnum
CREATE TYPE "ContractFormat" AS ENUM ('NONE', 'OPENAPI', 'ASYNCAPI', 'PROTOBUF', 'GRAPHQL_SDL', 'WSDL', 'OTHER');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('LEAD', 'MEMBER');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'DEACTIVATE', 'REACTIVATE', 'IMPORT');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('SYSTEM', 'INTERFACE', 'TEAM', 'USER', 'API_TOKEN');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "passwordHash" TEXT NOT NULL,
    "lastLoginAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT,
    "chatChannel" TEXT,
    "onCall" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("teamId","userId")
);

-- CreateTable
CREATE TABLE "System" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "SystemKind" NOT NULL,
    "layer" "Layer" NOT NULL,
    "tier" INTEGER NOT NULL DEFAULT 2,
    "lifecycle" "Lifecycle" NOT NULL DEFAULT 'ACTIVE',
    "vendor" TEXT,
    "isThirdParty" BOOLEAN NOT NULL DEFAULT false,
    "teamId" TEXT,
    "technicalOwnerId" TEXT,
    "businessOwnerId" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "docsUrl" TEXT,
    "repoUrl" TEXT,
    "runbookUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "System_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interface" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "style" "InterfaceStyle" NOT NULL,
    "mode" "InterfaceMode" NOT NULL,
    "providerSystemId" TEXT NOT NULL,
    "consumerSystemId" TEXT NOT NULL,
    "viaSystemId" TEXT,
    "endpoint" TEXT,
    "dataObjects" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "authMethod" "AuthMethod" NOT NULL DEFAULT 'NONE',
    "contractFormat" "ContractFormat" NOT NULL DEFAULT 'NONE',
    "contractUrl" TEXT,
    "tier" INTEGER NOT NULL DEFAULT 2,
    "lifecycle" "Lifecycle" NOT NULL DEFAULT 'ACTIVE',
    "teamId" TEXT,
    "technicalOwnerId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Interface_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "actorTokenId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" "AuditAction" NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_active_idx" ON "User"("active");

-- CreateIndex
CREATE INDEX "User_name_idx" ON "User"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Team_key_key" ON "Team"("key");

-- CreateIndex
CREATE INDEX "Team_name_idx" ON "Team"("name");

-- CreateIndex
CREATE INDEX "TeamMember_userId_idx" ON "TeamMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "System_key_key" ON "System"("key");

-- CreateIndex
CREATE INDEX "System_kind_name_idx" ON "System"("kind", "name");

-- CreateIndex
CREATE INDEX "System_layer_name_idx" ON "System"("layer", "name");

-- CreateIndex
CREATE INDEX "System_tier_name_idx" ON "System"("tier", "name");

-- CreateIndex
CREATE INDEX "System_lifecycle_name_idx" ON "System"("lifecycle", "name");

-- CreateIndex
CREATE INDEX "System_teamId_name_idx" ON "System"("teamId", "name");

-- CreateIndex
CREATE INDEX "System_technicalOwnerId_idx" ON "System"("technicalOwnerId");

-- CreateIndex
CREATE INDEX "System_businessOwnerId_idx" ON "System"("businessOwnerId");

-- CreateIndex
CREATE INDEX "System_name_idx" ON "System"("name");

-- CreateIndex
CREATE INDEX "System_updatedAt_idx" ON "System"("updatedAt");

-- CreateIndex
CREATE INDEX "System_tags_idx" ON "System" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "System_search_trgm_idx" ON "System" USING GIN ("key" gin_trgm_ops, "name" gin_trgm_ops, "description" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Interface_key_key" ON "Interface"("key");

-- CreateIndex
CREATE INDEX "Interface_providerSystemId_idx" ON "Interface"("providerSystemId");

-- CreateIndex
CREATE INDEX "Interface_consumerSystemId_idx" ON "Interface"("consumerSystemId");

-- CreateIndex
CREATE INDEX "Interface_viaSystemId_idx" ON "Interface"("viaSystemId");

-- CreateIndex
CREATE INDEX "Interface_style_name_idx" ON "Interface"("style", "name");

-- CreateIndex
CREATE INDEX "Interface_mode_name_idx" ON "Interface"("mode", "name");

-- CreateIndex
CREATE INDEX "Interface_authMethod_idx" ON "Interface"("authMethod");

-- CreateIndex
CREATE INDEX "Interface_contractFormat_idx" ON "Interface"("contractFormat");

-- CreateIndex
CREATE INDEX "Interface_tier_name_idx" ON "Interface"("tier", "name");

-- CreateIndex
CREATE INDEX "Interface_lifecycle_name_idx" ON "Interface"("lifecycle", "name");

-- CreateIndex
CREATE INDEX "Interface_teamId_name_idx" ON "Interface"("teamId", "name");

-- CreateIndex
CREATE INDEX "Interface_technicalOwnerId_idx" ON "Interface"("technicalOwnerId");

-- CreateIndex
CREATE INDEX "Interface_name_idx" ON "Interface"("name");

-- CreateIndex
CREATE INDEX "Interface_search_trgm_idx" ON "Interface" USING GIN ("key" gin_trgm_ops, "name" gin_trgm_ops, "description" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_at_idx" ON "AuditEntry"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorUserId_at_idx" ON "AuditEntry"("actorUserId", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_at_idx" ON "LoginAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_at_idx" ON "LoginAttempt"("ip", "at");

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "System" ADD CONSTRAINT "System_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "System" ADD CONSTRAINT "System_technicalOwnerId_fkey" FOREIGN KEY ("technicalOwnerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "System" ADD CONSTRAINT "System_businessOwnerId_fkey" FOREIGN KEY ("businessOwnerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interface" ADD CONSTRAINT "Interface_providerSystemId_fkey" FOREIGN KEY ("providerSystemId") REFERENCES "System"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interface" ADD CONSTRAINT "Interface_consumerSystemId_fkey" FOREIGN KEY ("consumerSystemId") REFERENCES "System"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interface" ADD CONSTRAINT "Interface_viaSystemId_fkey" FOREIGN KEY ("viaSystemId") REFERENCES "System"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interface" ADD CONSTRAINT "Interface_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interface" ADD CONSTRAINT "Interface_technicalOwnerId_fkey" FOREIGN KEY ("technicalOwnerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express.
ALTER TABLE "System" ADD CONSTRAINT "System_tier_check" CHECK ("tier" BETWEEN 0 AND 3);
ALTER TABLE "Interface" ADD CONSTRAINT "Interface_tier_check" CHECK ("tier" BETWEEN 0 AND 3);
ALTER TABLE "Interface" ADD CONSTRAINT "Interface_provider_consumer_differ" CHECK ("providerSystemId" <> "consumerSystemId");

-- The audit log is append-only: refuse UPDATE and DELETE at the database itself.
CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only';
END;
$$;
CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();
