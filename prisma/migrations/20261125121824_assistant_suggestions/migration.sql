-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "suggestionTrigger" "HandoffTrigger";
