-- AlterTable
ALTER TABLE "HandoffRequest" DROP COLUMN "citedDocumentIds",
ADD COLUMN     "citedDocuments" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "authorName" TEXT;
