-- AlterEnum
ALTER TYPE "HandoffTrigger" ADD VALUE 'SENSITIVE';

-- AlterTable
ALTER TABLE "AssistantSettings" ADD COLUMN     "disabledTopics" TEXT[];

-- AlterTable
ALTER TABLE "HandoffRequest" ADD COLUMN     "topic" TEXT;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "suggestionTopic" TEXT;

-- CreateTable
CREATE TABLE "HandoffTopic" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "examples" TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HandoffTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgePassage" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "vectors" BYTEA NOT NULL,
    "model" TEXT NOT NULL,

    CONSTRAINT "KnowledgePassage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnansweredQuestion" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "conversationId" UUID NOT NULL,
    "messageId" UUID NOT NULL,
    "question" TEXT NOT NULL,
    "answeredByDocumentId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnansweredQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HandoffTopic_workspaceId_name_key" ON "HandoffTopic"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "KnowledgePassage_workspaceId_idx" ON "KnowledgePassage"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgePassage_documentId_position_key" ON "KnowledgePassage"("documentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "UnansweredQuestion_messageId_key" ON "UnansweredQuestion"("messageId");

-- CreateIndex
CREATE INDEX "UnansweredQuestion_workspaceId_createdAt_idx" ON "UnansweredQuestion"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "HandoffTopic" ADD CONSTRAINT "HandoffTopic_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgePassage" ADD CONSTRAINT "KnowledgePassage_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "KnowledgeDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnansweredQuestion" ADD CONSTRAINT "UnansweredQuestion_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
