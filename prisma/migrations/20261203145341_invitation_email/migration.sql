-- CreateEnum
CREATE TYPE "InvitationEmailStatus" AS ENUM ('NOT_CONFIGURED', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "emailError" TEXT,
ADD COLUMN     "emailStatus" "InvitationEmailStatus" NOT NULL DEFAULT 'NOT_CONFIGURED',
ADD COLUMN     "emailedAt" TIMESTAMP(3);
