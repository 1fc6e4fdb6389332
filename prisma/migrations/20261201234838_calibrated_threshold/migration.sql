-- AlterTable
ALTER TABLE "AssistantSettings" ALTER COLUMN "confidenceThreshold" SET DEFAULT 0.4;

-- Workspaces still on the old default take the calibrated one.
UPDATE "AssistantSettings" SET "confidenceThreshold" = 0.4 WHERE "confidenceThreshold" = 0.35;
