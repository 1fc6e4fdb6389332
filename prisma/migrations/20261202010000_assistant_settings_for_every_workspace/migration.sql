-- Every workspace has its assistant settings row (sign-up creates it), so reading settings never writes.
INSERT INTO "AssistantSettings" ("workspaceId", "disabledTopics", "updatedAt")
SELECT w.id, ARRAY[]::TEXT[], now()
  FROM "Workspace" AS w
 WHERE NOT EXISTS (SELECT 1 FROM "AssistantSettings" AS s WHERE s."workspaceId" = w.id);
