-- DropIndex
DROP INDEX "Interface_search_trgm_idx";

-- DropIndex
DROP INDEX "System_search_trgm_idx";

-- AlterTable
ALTER TABLE "Interface" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "System" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Interface_search_trgm_idx" ON "Interface" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "System_search_trgm_idx" ON "System" USING GIN ("searchText" gin_trgm_ops);

-- Hand-written: keep "searchText" = lower(the searchable fields), whoever writes the row.
CREATE FUNCTION "system_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := lower(NEW."key" || ' ' || NEW."name" || ' ' || coalesce(NEW."description", ''));
  RETURN NEW;
END;
$$;
CREATE TRIGGER "System_search_text" BEFORE INSERT OR UPDATE OF "key", "name", "description", "searchText" ON "System"
  FOR EACH ROW EXECUTE FUNCTION "system_search_text"();

CREATE FUNCTION "interface_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := lower(NEW."key" || ' ' || NEW."name" || ' ' || coalesce(NEW."description", '') || ' ' || coalesce(NEW."endpoint", ''));
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Interface_search_text" BEFORE INSERT OR UPDATE OF "key", "name", "description", "endpoint", "searchText" ON "Interface"
  FOR EACH ROW EXECUTE FUNCTION "interface_search_text"();

-- Fill it for existing rows (fires the triggers).
UPDATE "System" SET "searchText" = '';
UPDATE "Interface" SET "searchText" = '';
