-- CreateEnum
CREATE TYPE "AutoAssignment" AS ENUM ('OFF', 'ROUND_ROBIN');

-- AlterTable
ALTER TABLE "Agent" ADD COLUMN     "away" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "lastAutoAssignedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "autoAssignCap" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "autoAssignment" "AutoAssignment" NOT NULL DEFAULT 'OFF';

-- CreateTable
CREATE TABLE "AgentConnection" (
    "agentId" UUID NOT NULL,
    "instanceId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "sockets" INTEGER NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgentConnection_pkey" PRIMARY KEY ("agentId","instanceId")
);

-- CreateIndex
CREATE INDEX "AgentConnection_workspaceId_seenAt_idx" ON "AgentConnection"("workspaceId", "seenAt");

-- AddForeignKey
ALTER TABLE "AgentConnection" ADD CONSTRAINT "AgentConnection_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
