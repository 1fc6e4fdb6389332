-- AlterTable
ALTER TABLE "AssistantSettings" ADD COLUMN     "answerWhileQueued" BOOLEAN NOT NULL DEFAULT false;
