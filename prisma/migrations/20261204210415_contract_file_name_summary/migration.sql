-- AlterTable
ALTER TABLE "ContractVersion" ADD COLUMN     "fileName" TEXT,
ADD COLUMN     "summary" JSONB;

-- The default standards named two contract rules by names the lint engine never reports
-- ("junction-paths-kebab-case", "junction-error-responses-shared-schema"), so those checks always
-- passed. Installations seeded before the fix read the engine's names from now on.
UPDATE "Standard"
   SET "check" = jsonb_set("check", '{rules}', (
         SELECT coalesce(jsonb_agg(CASE r
                  WHEN 'junction-paths-kebab-case' THEN 'junction-kebab-case-paths'
                  WHEN 'junction-error-responses-shared-schema' THEN 'junction-error-schema'
                  ELSE r END ORDER BY n), '[]'::jsonb)
           FROM jsonb_array_elements_text("check"->'rules') WITH ORDINALITY AS t(r, n))),
       "version" = "version" + 1,
       "updatedAt" = now()
 WHERE "check"->>'kind' = 'CONTRACT'
   AND "check"->'rules' ?| ARRAY['junction-paths-kebab-case', 'junction-error-responses-shared-schema'];
