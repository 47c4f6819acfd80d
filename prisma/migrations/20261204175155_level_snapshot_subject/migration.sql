-- AlterTable
ALTER TABLE "LevelSnapshot" DROP CONSTRAINT "LevelSnapshot_pkey",
ADD COLUMN     "subjectType" "SubjectType" NOT NULL,
ADD CONSTRAINT "LevelSnapshot_pkey" PRIMARY KEY ("day", "initiativeId", "subjectType", "teamId");
