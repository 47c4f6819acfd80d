-- AlterEnum
ALTER TYPE "EntityType" ADD VALUE 'SETTING';
