-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "submission" JSONB;
