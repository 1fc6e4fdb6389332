/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query BenchViewer {\n    viewer {\n      id\n      name\n      workspace {\n        name\n      }\n    }\n  }\n": typeof types.BenchViewerDocument,
    "\n  mutation BenchSend($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      __typename\n    }\n  }\n": typeof types.BenchSendDocument,
    "\n  subscription BenchResume($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq\n    }\n  }\n": typeof types.BenchResumeDocument,
    "\n  mutation BenchSignUp($i: SignUpInput!) {\n    signUp(input: $i) {\n      __typename\n      ... on AuthPayload {\n        token\n      }\n    }\n  }\n": typeof types.BenchSignUpDocument,
    "\n  mutation BenchCreateDocument($input: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $input) {\n      __typename\n    }\n  }\n": typeof types.BenchCreateDocumentDocument,
    "\n  query BenchPublicKey {\n    workspace {\n      publicKey\n    }\n  }\n": typeof types.BenchPublicKeyDocument,
    "\n  mutation BenchStartSession($i: StartWidgetSessionInput!) {\n    startWidgetSession(input: $i) {\n      __typename\n      ... on WidgetSession {\n        token\n        conversation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.BenchStartSessionDocument,
    "\n  mutation BenchTakeOver($id: ID!) {\n    takeOver(conversationId: $id) {\n      __typename\n    }\n  }\n": typeof types.BenchTakeOverDocument,
    "\n  subscription SubmissionStream($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq\n      message {\n        authorKind\n        body\n        submission {\n          actionLabel\n          values {\n            key\n            label\n            value\n          }\n        }\n      }\n      status {\n        change\n        status\n      }\n    }\n  }\n": typeof types.SubmissionStreamDocument,
    "\n  query SubmissionHandoffs($id: ID!) {\n    conversation(id: $id) {\n      status\n      handoffs {\n        status\n        actionLabel\n        capturedValues {\n          key\n          value\n        }\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            authorKind\n            body\n            submission {\n              actionLabel\n              values {\n                key\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SubmissionHandoffsDocument,
    "\n  mutation SubmissionMoves($id: ID!, $release: Boolean!, $resolve: Boolean!, $handBack: Boolean!) {\n    release: releaseConversation(conversationId: $id) @include(if: $release) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n    resolve: resolveConversation(conversationId: $id) @include(if: $resolve) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n    handBack: handBackConversation(conversationId: $id) @include(if: $handBack) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SubmissionMovesDocument,
    "\n  query ApiKeysList {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      lastUsedAt\n      expiresAt\n      revokedAt\n      createdBy {\n        name\n      }\n    }\n  }\n": typeof types.ApiKeysListDocument,
    "\n  query ApiKeysConversations {\n    conversations(first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysConversationsDocument,
    "\n  query ApiKeysConversationNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Conversation {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ApiKeysConversationNodeDocument,
    "\n  query ApiKeysUsage {\n    aiUsage(days: 7) {\n      period\n      responses\n    }\n  }\n": typeof types.ApiKeysUsageDocument,
    "\n  query ApiKeysActions {\n    customActions {\n      id\n      label\n    }\n  }\n": typeof types.ApiKeysActionsDocument,
    "\n  query ApiKeysKnowledge {\n    handoffTopics {\n      id\n      name\n    }\n  }\n": typeof types.ApiKeysKnowledgeDocument,
    "\n  query ApiKeysViewer {\n    viewer {\n      id\n      name\n    }\n    workspace {\n      name\n    }\n  }\n": typeof types.ApiKeysViewerDocument,
    "\n  mutation ApiKeysTakeOver($id: ID!) {\n    takeOver(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        id\n        status\n      }\n      ... on ForbiddenError {\n        missingScope\n        message\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n": typeof types.ApiKeysTakeOverDocument,
    "\n  mutation ApiKeysReply($input: ReplyInput!) {\n    replyToConversation(input: $input) {\n      __typename\n      ... on SendMessagePayload {\n        sentMessage {\n          body\n        }\n      }\n      ... on ForbiddenError {\n        missingScope\n        message\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n": typeof types.ApiKeysReplyDocument,
    "\n  mutation ApiKeysCreateTopic($name: String!) {\n    createHandoffTopic(input: { name: $name }) {\n      __typename\n      ... on HandoffTopic {\n        name\n      }\n      ... on ForbiddenError {\n        missingScope\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n": typeof types.ApiKeysCreateTopicDocument,
    "\n  mutation ApiKeysInvite($email: String!) {\n    inviteAgent(input: { email: $email, role: AGENT }) {\n      __typename\n      ... on ForbiddenError {\n        missingScope\n        message\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n": typeof types.ApiKeysInviteDocument,
    "\n      mutation ApiKeysChangeRole($id: ID!) {\n        changeAgentRole(agentId: $id, role: AGENT) {\n          __typename\n        }\n      }\n    ": typeof types.ApiKeysChangeRoleDocument,
    "\n      mutation ApiKeysDeactivate($id: ID!) {\n        deactivateAgent(agentId: $id) {\n          __typename\n        }\n      }\n    ": typeof types.ApiKeysDeactivateDocument,
    "\n  query OfflinePacket($id: ID!) {\n    conversation(id: $id) {\n      handoff {\n        trigger\n        citedDocuments {\n          title\n        }\n      }\n    }\n  }\n": typeof types.OfflinePacketDocument,
    "\n  mutation OfflineStartAtOnce {\n    updateAssistantSettings(input: { explicitRequestMode: START_HANDOFF }) {\n      __typename\n      ... on AssistantSettings {\n        explicitRequestMode\n      }\n    }\n  }\n": typeof types.OfflineStartAtOnceDocument,
    "\n  query OfflineUsage {\n    day: aiUsage {\n      period\n      responses\n      promptTokens\n    }\n    month: aiUsage(granularity: MONTH) {\n      period\n      responses\n    }\n  }\n": typeof types.OfflineUsageDocument,
    "\n  query OfflineUsageResponses {\n    aiUsage {\n      responses\n    }\n  }\n": typeof types.OfflineUsageResponsesDocument,
    "\n  mutation OpenAIInstructions($instructions: String!) {\n    updateAssistantSettings(input: { instructions: $instructions }) {\n      __typename\n    }\n  }\n": typeof types.OpenAiInstructionsDocument,
    "\n  mutation OpenAITypingOff($id: ID!) {\n    setTyping(conversationId: $id, isTyping: false) {\n      __typename\n    }\n  }\n": typeof types.OpenAiTypingOffDocument,
    "\n  query OpenAIUsage {\n    aiUsage {\n      responses\n      promptTokens\n      completionTokens\n    }\n  }\n": typeof types.OpenAiUsageDocument,
    "\n  mutation OpenAICreateAction($i: CustomActionInput!) {\n    createCustomAction(input: $i) {\n      __typename\n      ... on CustomAction {\n        id\n      }\n    }\n  }\n": typeof types.OpenAiCreateActionDocument,
    "\n  mutation OpenAICreateTopic($i: HandoffTopicInput!) {\n    createHandoffTopic(input: $i) {\n      __typename\n    }\n  }\n": typeof types.OpenAiCreateTopicDocument,
    "\n  mutation OpenAILegalOff {\n    setSensitiveTopic(key: \"legal\", enabled: false) {\n      __typename\n      ... on AssistantSettings {\n        sensitiveTopics {\n          key\n          enabled\n        }\n      }\n    }\n  }\n": typeof types.OpenAiLegalOffDocument,
    "\n  query OpenAITranscript($id: ID!) {\n    conversation(id: $id) {\n      messages {\n        edges {\n          node {\n            authorKind\n            body\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenAiTranscriptDocument,
    "\n  mutation PolicyCreateDocument($input: KnowledgeDocumentInput!) {\n    r: createKnowledgeDocument(input: $input) {\n      __typename\n      ... on KnowledgeDocument {\n        id\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.PolicyCreateDocumentDocument,
    "\n  mutation PolicyCreateTopic($i: HandoffTopicInput!) {\n    r: createHandoffTopic(input: $i) {\n      __typename\n      ... on HandoffTopic {\n        id\n        name\n        examples\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.PolicyCreateTopicDocument,
    "\n  mutation PolicySetBuiltIn($key: String!, $on: Boolean!) {\n    r: setSensitiveTopic(key: $key, enabled: $on) {\n      __typename\n      ... on AssistantSettings {\n        sensitiveTopics {\n          key\n          enabled\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.PolicySetBuiltInDocument,
    "\n  query PolicyGaps {\n    contentGaps {\n      question\n      count\n      examples\n      conversationIds\n    }\n  }\n": typeof types.PolicyGapsDocument,
    "\n  query PolicyPacket($id: ID!) {\n    conversation(id: $id) {\n      handoff {\n        trigger\n        topic\n        topicName\n        summary\n      }\n    }\n  }\n": typeof types.PolicyPacketDocument,
    "\n  mutation PolicyInstructions($instructions: String!) {\n    updateAssistantSettings(input: { instructions: $instructions }) {\n      __typename\n      ... on AssistantSettings {\n        instructionTopics\n      }\n    }\n  }\n": typeof types.PolicyInstructionsDocument,
    "\n  query PolicyInstructionTopics {\n    assistantSettings {\n      instructionTopics\n    }\n  }\n": typeof types.PolicyInstructionTopicsDocument,
    "\n  mutation PolicyCreateAction($i: CustomActionInput!) {\n    createCustomAction(input: $i) {\n      __typename\n      ... on CustomAction {\n        id\n      }\n    }\n  }\n": typeof types.PolicyCreateActionDocument,
    "\n  query PolicyActionIds {\n    customActions {\n      id\n    }\n  }\n": typeof types.PolicyActionIdsDocument,
    "\n  mutation PolicyFromReply($m: ID!) {\n    r: createKnowledgeFromReply(messageId: $m) {\n      __typename\n      ... on KnowledgeDocument {\n        title\n        content\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n        }\n      }\n    }\n  }\n": typeof types.PolicyFromReplyDocument,
    "\n  query PolicyFirstMessage($id: ID!) {\n    conversation(id: $id) {\n      messages(first: 1) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PolicyFirstMessageDocument,
    "\n  query WhileQueuedSetting {\n    assistantSettings {\n      answerWhileQueued\n    }\n    customActions {\n      id\n    }\n  }\n": typeof types.WhileQueuedSettingDocument,
    "\n  mutation WhileQueuedSet($on: Boolean!) {\n    updateAssistantSettings(input: { answerWhileQueued: $on }) {\n      __typename\n      ... on AssistantSettings {\n        answerWhileQueued\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WhileQueuedSetDocument,
    "\n  mutation WhileQueuedSetAsAgent {\n    updateAssistantSettings(input: { answerWhileQueued: true }) {\n      __typename\n    }\n  }\n": typeof types.WhileQueuedSetAsAgentDocument,
    "\n  query WhileQueuedTranscript($id: ID!) {\n    conversation(id: $id) {\n      status\n      messages(first: 100) {\n        edges {\n          node {\n            authorKind\n            body\n            suggestedActionIds\n          }\n        }\n      }\n    }\n  }\n": typeof types.WhileQueuedTranscriptDocument,
    "\n  query BadInputViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.BadInputViewerDocument,
    "\n  mutation BadInputLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on Error {\n        message\n        code\n      }\n      ... on AuthPayload {\n        token\n      }\n    }\n  }\n": typeof types.BadInputLogInDocument,
    "\n  mutation BadInputLogOut {\n    logOut {\n      __typename\n    }\n  }\n": typeof types.BadInputLogOutDocument,
    "\n  mutation BadInputRevoke($id: ID!) {\n    revokeInvitation(invitationId: $id) {\n      __typename\n      ... on Invitation {\n        revokedAt\n      }\n    }\n  }\n": typeof types.BadInputRevokeDocument,
    "\n  mutation BadInputInvite($input: InviteAgentInput!) {\n    r: inviteAgent(input: $input) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BadInputInviteDocument,
    "\n  mutation BadInputPromote($id: ID!) {\n    r: changeAgentRole(agentId: $id, role: ADMIN) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BadInputPromoteDocument,
    "\n  mutation BadInputDeactivate($id: ID!) {\n    r: deactivateAgent(agentId: $id) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BadInputDeactivateDocument,
    "\n  mutation BadInputUpdateWorkspace($input: UpdateWorkspaceInput!) {\n    r: updateWorkspace(input: $input) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BadInputUpdateWorkspaceDocument,
    "\n  query BadInputPending {\n    workspace {\n      name\n      pendingInvitations {\n        totalCount\n      }\n    }\n  }\n": typeof types.BadInputPendingDocument,
    "\n  mutation BadInputMakeOwner($id: ID!) {\n    r: changeAgentRole(agentId: $id, role: OWNER) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n  }\n": typeof types.BadInputMakeOwnerDocument,
    "\n  mutation BadInputDemote($id: ID!) {\n    r: changeAgentRole(agentId: $id, role: AGENT) {\n      __typename\n      ... on NotFoundError {\n        entity\n      }\n    }\n  }\n": typeof types.BadInputDemoteDocument,
    "\n  query BadInputNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Agent {\n        email\n      }\n      ... on Workspace {\n        name\n      }\n    }\n  }\n": typeof types.BadInputNodeDocument,
    "\n  mutation BadInputRevokeForeign($id: ID!) {\n    r: revokeInvitation(invitationId: $id) {\n      __typename\n      ... on NotFoundError {\n        entity\n      }\n    }\n  }\n": typeof types.BadInputRevokeForeignDocument,
    "\n  mutation BadInputDeactivateForeign($id: ID!) {\n    r: deactivateAgent(agentId: $id) {\n      __typename\n      ... on NotFoundError {\n        entity\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.BadInputDeactivateForeignDocument,
    "\n  query ViewerCan($id: ID!) {\n    conversation(id: $id) {\n      status\n      viewerCan {\n        takeOver\n        release\n        reassign\n        handBack\n        resolve\n        reply\n      }\n    }\n  }\n": typeof types.ViewerCanDocument,
    "\n  mutation ReleaseForPermissions($id: ID!) {\n    releaseConversation(conversationId: $id) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n  }\n": typeof types.ReleaseForPermissionsDocument,
    "\n  query PermissionActions {\n    customActions {\n      id\n    }\n  }\n": typeof types.PermissionActionsDocument,
    "\n  query MeIsAdmin {\n    viewer {\n      role\n      isAdmin\n    }\n  }\n": typeof types.MeIsAdminDocument,
    "\n  query OutageViewer {\n    viewer {\n      id\n      name\n    }\n  }\n": typeof types.OutageViewerDocument,
    "\n  mutation OutageLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on ServiceUnavailableError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.OutageLogInDocument,
    "\n  mutation OutageStartSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on ServiceUnavailableError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.OutageStartSessionDocument,
    "\n  query MaskingDocuments {\n    knowledgeDocuments(first: 5) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MaskingDocumentsDocument,
    "\n  query MaskingViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.MaskingViewerDocument,
    "\n  query HandoffBadInputRead($id: ID!) {\n    conversation(id: $id) {\n      id\n    }\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.HandoffBadInputReadDocument,
    "\n  mutation HandoffBadInputAllowOrigin {\n    updateWorkspace(input: { allowedOrigins: [\"https://shop.example.com\"] }) {\n      __typename\n    }\n  }\n": typeof types.HandoffBadInputAllowOriginDocument,
    "\n  query HandoffBadInputHistory($id: ID!) {\n    conversation(id: $id) {\n      messages {\n        edges {\n          node {\n            authorKind\n            body\n          }\n        }\n      }\n    }\n  }\n": typeof types.HandoffBadInputHistoryDocument,
    "\n  mutation HandoffBadInputIdentify($input: IdentifyVisitorInput!) {\n    identifyVisitor(input: $input) {\n      __typename\n      ... on IdentifyVisitorPayload {\n        name\n        email\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.HandoffBadInputIdentifyDocument,
    "\n  query HandoffBadInputVisitor($id: ID!) {\n    conversation(id: $id) {\n      visitor {\n        name\n        email\n        externalId\n        attributes {\n          key\n          value\n        }\n      }\n    }\n  }\n": typeof types.HandoffBadInputVisitorDocument,
    "\n  query HandoffActions {\n    customActions {\n      id\n      label\n      enabled\n      fields {\n        key\n      }\n    }\n  }\n": typeof types.HandoffActionsDocument,
    "\n  query HandoffVisitorActions {\n    customActions {\n      id\n      label\n      fields {\n        key\n        label\n        type\n        required\n        options\n      }\n    }\n  }\n": typeof types.HandoffVisitorActionsDocument,
    "\n  mutation HandoffCreateDocument($input: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $input) {\n      __typename\n      ... on KnowledgeDocument {\n        id\n      }\n    }\n  }\n": typeof types.HandoffCreateDocumentDocument,
    "\n  query HandoffQueue {\n    conversations(status: [QUEUED]) {\n      edges {\n        node {\n          id\n          messages {\n            edges {\n              node {\n                authorKind\n                body\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.HandoffQueueDocument,
    "\n  query HandoffTimed($id: ID!) {\n    conversation(id: $id) {\n      firstHumanReplyAt\n      waitingSeconds\n    }\n  }\n": typeof types.HandoffTimedDocument,
    "\n  mutation HandoffResolve($id: ID!) {\n    resolveConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        resolvedAt\n      }\n    }\n  }\n": typeof types.HandoffResolveDocument,
    "\n  query InboxEdgesActions {\n    customActions {\n      id\n    }\n  }\n": typeof types.InboxEdgesActionsDocument,
    "\n  mutation InboxEdgesResolve($id: ID!) {\n    r: resolveConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n      }\n    }\n  }\n": typeof types.InboxEdgesResolveDocument,
    "\n  mutation InboxEdgesReopen($id: ID!) {\n    r: reopenConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n        resolvedAt\n        viewerCan {\n          reply\n          reopen\n          takeOver\n        }\n      }\n      ... on ConversationTakenError {\n        agentName\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.InboxEdgesReopenDocument,
    "\n  query InboxEdgesCard($id: ID!) {\n    conversation(id: $id) {\n      status\n      viewerCan {\n        reopen\n        takeOver\n      }\n      lastMessage {\n        body\n        authorKind\n      }\n      lastVisitorMessage {\n        body\n        authorKind\n      }\n    }\n  }\n": typeof types.InboxEdgesCardDocument,
    "\n  query InboxEdgesCards {\n    conversations(first: 20) {\n      edges {\n        node {\n          id\n          lastVisitorMessage {\n            body\n          }\n        }\n      }\n    }\n  }\n": typeof types.InboxEdgesCardsDocument,
    "\n  query InboxEdgesVisitorCard($id: ID!) {\n    conversation(id: $id) {\n      lastVisitorMessage {\n        body\n      }\n    }\n  }\n": typeof types.InboxEdgesVisitorCardDocument,
    "\n  query InboxActionIds {\n    customActions {\n      id\n    }\n  }\n": typeof types.InboxActionIdsDocument,
    "\n  query InboxNextPage($after: String) {\n    conversations(first: 1, after: $after, status: [QUEUED]) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.InboxNextPageDocument,
    "\n  query InboxAsVisitor {\n    conversations(first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.InboxAsVisitorDocument,
    "\n  mutation InboxUpdateAction($id: ID!, $input: CustomActionInput!) {\n    updateCustomAction(actionId: $id, input: $input) {\n      __typename\n      ... on CustomAction {\n        label\n        fields {\n          key\n          type\n          required\n          options\n        }\n      }\n    }\n  }\n": typeof types.InboxUpdateActionDocument,
    "\n  mutation InboxReorder($ids: [ID!]!) {\n    reorderCustomActions(actionIds: $ids) {\n      __typename\n      ... on ValidationError {\n        fieldErrors {\n          path\n        }\n      }\n    }\n  }\n": typeof types.InboxReorderDocument,
    "\n  mutation InboxDisableAction($id: ID!) {\n    setCustomActionEnabled(actionId: $id, enabled: false) {\n      __typename\n    }\n  }\n": typeof types.InboxDisableActionDocument,
    "\n  query InboxActionLabels {\n    customActions {\n      label\n    }\n  }\n": typeof types.InboxActionLabelsDocument,
    "\n  query InboxAllActions {\n    customActions {\n      label\n      enabled\n      position\n    }\n  }\n": typeof types.InboxAllActionsDocument,
    "\n  mutation InboxDeleteAction($id: ID!) {\n    deleteCustomAction(actionId: $id) {\n      __typename\n      ... on CustomAction {\n        label\n      }\n    }\n  }\n": typeof types.InboxDeleteActionDocument,
    "\n  mutation InboxReplyOnIt($id: ID!) {\n    replyToConversation(input: { conversationId: $id, body: \"On it!\" }) {\n      __typename\n    }\n  }\n": typeof types.InboxReplyOnItDocument,
    "\n  query InboxBreachView($a: ID!, $b: ID!) {\n    a: conversation(id: $a) {\n      responseTargetBreachedAt\n      waitingSeconds\n    }\n    b: conversation(id: $b) {\n      responseTargetBreachedAt\n      firstHumanReplyAt\n    }\n  }\n": typeof types.InboxBreachViewDocument,
    "\n  query InboxPage($first: Int!, $status: [ConversationStatus!], $assignee: AssigneeFilter) {\n    conversations(first: $first, status: $status, assignee: $assignee) {\n      totalCount: edges {\n        cursor\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          assigneeName\n          waitingSeconds\n          responseDueAt\n          assignee {\n            name\n          }\n          visitor {\n            id\n          }\n          lastMessage {\n            body\n            authorKind\n          }\n          lastVisitorMessage {\n            body\n          }\n          sessionMetadata {\n            pageUrl\n          }\n          handoff {\n            trigger\n            summary\n            actionLabel\n            capturedValues {\n              key\n              value\n            }\n            citedDocuments {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InboxPageDocument,
    "\n  mutation InviteMail($input: InviteAgentInput!) {\n    inviteAgent(input: $input) {\n      __typename\n      ... on InvitationPayload {\n        token\n        url\n        invitation {\n          id\n          email\n          url\n          emailStatus\n          emailError\n          emailedAt\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.InviteMailDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(invitationId: $id) {\n      __typename\n      ... on Invitation {\n        id\n        emailStatus\n        emailError\n        emailedAt\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  query PendingInvitationLinks {\n    workspace {\n      pendingInvitations(first: 50) {\n        edges {\n          node {\n            id\n            email\n            url\n            emailStatus\n            emailError\n          }\n        }\n      }\n    }\n  }\n": typeof types.PendingInvitationLinksDocument,
    "\n  mutation KnowledgeCreate($input: KnowledgeDocumentInput!) {\n    r: createKnowledgeDocument(input: $input) {\n      __typename\n      ... on KnowledgeDocument {\n        id\n        title\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.KnowledgeCreateDocument,
    "\n  mutation KnowledgeUpdate($id: ID!, $input: KnowledgeDocumentInput!) {\n    r: updateKnowledgeDocument(documentId: $id, input: $input) {\n      __typename\n    }\n  }\n": typeof types.KnowledgeUpdateDocument,
    "\n  mutation KnowledgeDelete($id: ID!) {\n    r: deleteKnowledgeDocument(documentId: $id) {\n      __typename\n    }\n  }\n": typeof types.KnowledgeDeleteDocument,
    "\n  query KnowledgeList {\n    knowledgeDocuments {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": typeof types.KnowledgeListDocument,
    "\n  query KnowledgeNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.KnowledgeNodeDocument,
    "\n  mutation KnowledgeSettings($input: AssistantSettingsInput!) {\n    r: updateAssistantSettings(input: $input) {\n      __typename\n      ... on AssistantSettings {\n        greeting\n        confidenceThreshold\n        frustrationDetection\n        provider\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n        }\n      }\n    }\n  }\n": typeof types.KnowledgeSettingsDocument,
    "\n  query KnowledgeGreeting {\n    assistantSettings {\n      greeting\n    }\n  }\n": typeof types.KnowledgeGreetingDocument,
    "\n  mutation KnowledgeWidgetGreeting($k: String!) {\n    startWidgetSession(input: { publicKey: $k }) {\n      __typename\n      ... on WidgetSession {\n        greeting\n      }\n    }\n  }\n": typeof types.KnowledgeWidgetGreetingDocument,
    "\n  query MetricsActions {\n    customActions {\n      id\n    }\n  }\n": typeof types.MetricsActionsDocument,
    "\n  mutation MetricsTypingOff($id: ID!) {\n    setTyping(conversationId: $id, isTyping: false) {\n      __typename\n    }\n  }\n": typeof types.MetricsTypingOffDocument,
    "\n  query MultiInstanceViewer {\n    viewer {\n      name\n    }\n  }\n": typeof types.MultiInstanceViewerDocument,
    "\n  query MultiInstanceActions {\n    customActions {\n      id\n    }\n  }\n": typeof types.MultiInstanceActionsDocument,
    "\n  query OnboardingSteps {\n    workspace {\n      onboarding {\n        doneCount\n        complete\n        steps {\n          id\n          done\n        }\n      }\n    }\n  }\n": typeof types.OnboardingStepsDocument,
    "\n  mutation TestPresenceResolve($id: ID!) {\n    resolveConversation(conversationId: $id) {\n      __typename\n    }\n  }\n": typeof types.TestPresenceResolveDocument,
    "\n  query SdkExampleActions {\n    customActions {\n      id\n    }\n  }\n": typeof types.SdkExampleActionsDocument,
    "\n  query SdkTestActions {\n    customActions {\n      id\n    }\n  }\n": typeof types.SdkTestActionsDocument,
    "\n  mutation SpendCapSet($daily: Int, $monthly: Int) {\n    updateAssistantSettings(input: { aiDailyLimit: $daily, aiMonthlyLimit: $monthly }) {\n      __typename\n      ... on AssistantSettings {\n        aiDailyLimit\n        aiMonthlyLimit\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.SpendCapSetDocument,
    "\n  mutation SpendCapKeep {\n    updateAssistantSettings(input: { greeting: \"Hello again!\" }) {\n      __typename\n      ... on AssistantSettings {\n        aiDailyLimit\n        aiMonthlyLimit\n      }\n    }\n  }\n": typeof types.SpendCapKeepDocument,
    "\n  query SpendCap {\n    aiSpendCap {\n      dailyLimit\n      dailyUsed\n      monthlyLimit\n      monthlyUsed\n      dailyReached\n      monthlyReached\n      reached\n    }\n  }\n": typeof types.SpendCapDocument,
    "\n  query ApiKeyTenancyLook($conversation: ID!, $visitor: ID!) {\n    conversation(id: $conversation) {\n      id\n    }\n    byNode: node(id: $conversation) {\n      id\n    }\n    visitorNode: node(id: $visitor) {\n      id\n    }\n  }\n": typeof types.ApiKeyTenancyLookDocument,
    "\n  mutation ApiKeyTenancyTouch($conversation: ID!, $visitor: ID!) {\n    takeOver(conversationId: $conversation) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n    replyToConversation(input: { conversationId: $conversation, body: \"from another workspace\" }) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n    endVisitorSessions(visitorId: $visitor) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n  }\n": typeof types.ApiKeyTenancyTouchDocument,
    "\n  query ApiKeyTenancyStatus($id: ID!) {\n    conversation(id: $id) {\n      status\n      messages(first: 50) {\n        edges {\n          node {\n            body\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApiKeyTenancyStatusDocument,
    "\n  query ApiKeyTenancyVisitorOf($id: ID!) {\n    conversation(id: $id) {\n      visitor {\n        id\n      }\n    }\n  }\n": typeof types.ApiKeyTenancyVisitorOfDocument,
    "\n  mutation BruteLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n      }\n      ... on RateLimitedError {\n        code\n        message\n        retryAfterSeconds\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n": typeof types.BruteLogInDocument,
    "\n  mutation BruteTwentyLogIns($email: String!) {\n    a1: logIn(input: { email: $email, password: \"guess-0001\" }) {\n      __typename\n    }\n    a2: logIn(input: { email: $email, password: \"guess-0002\" }) {\n      __typename\n    }\n    a3: logIn(input: { email: $email, password: \"guess-0003\" }) {\n      __typename\n    }\n    a4: logIn(input: { email: $email, password: \"guess-0004\" }) {\n      __typename\n    }\n    a5: logIn(input: { email: $email, password: \"guess-0005\" }) {\n      __typename\n    }\n    a6: logIn(input: { email: $email, password: \"guess-0006\" }) {\n      __typename\n    }\n    a7: logIn(input: { email: $email, password: \"guess-0007\" }) {\n      __typename\n    }\n    a8: logIn(input: { email: $email, password: \"guess-0008\" }) {\n      __typename\n    }\n    a9: logIn(input: { email: $email, password: \"guess-0009\" }) {\n      __typename\n    }\n    a10: logIn(input: { email: $email, password: \"guess-0010\" }) {\n      __typename\n    }\n    a11: logIn(input: { email: $email, password: \"guess-0011\" }) {\n      __typename\n    }\n    a12: logIn(input: { email: $email, password: \"guess-0012\" }) {\n      __typename\n    }\n    a13: logIn(input: { email: $email, password: \"guess-0013\" }) {\n      __typename\n    }\n    a14: logIn(input: { email: $email, password: \"guess-0014\" }) {\n      __typename\n    }\n    a15: logIn(input: { email: $email, password: \"guess-0015\" }) {\n      __typename\n    }\n    a16: logIn(input: { email: $email, password: \"guess-0016\" }) {\n      __typename\n    }\n    a17: logIn(input: { email: $email, password: \"guess-0017\" }) {\n      __typename\n    }\n    a18: logIn(input: { email: $email, password: \"guess-0018\" }) {\n      __typename\n    }\n    a19: logIn(input: { email: $email, password: \"guess-0019\" }) {\n      __typename\n    }\n    a20: logIn(input: { email: $email, password: \"correct horse battery staple\" }) {\n      __typename\n    }\n  }\n": typeof types.BruteTwentyLogInsDocument,
    "\n  query ChunkedTypename {\n    __typename\n  }\n": typeof types.ChunkedTypenameDocument,
    "\n  mutation QueueFloodStart($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession {\n        token\n        conversation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.QueueFloodStartDocument,
    "\n  query QueueFloodActions {\n    customActions {\n      id\n      label\n    }\n  }\n": typeof types.QueueFloodActionsDocument,
    "\n  mutation QueueFloodSubmit($input: SubmitActionInput!) {\n    submitAction(input: $input) {\n      __typename\n      ... on HandoffPayload {\n        alreadyRequested\n      }\n      ... on RateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.QueueFloodSubmitDocument,
    "\n  query OversizedPage($first: Int, $last: Int) {\n    conversations(first: $first, last: $last) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OversizedPageDocument,
    "\n  mutation InstancesStart($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n    }\n  }\n": typeof types.InstancesStartDocument,
    "\n  query FloodTypename {\n    __typename\n  }\n": typeof types.FloodTypenameDocument,
    "\n  mutation RevocationLogOut {\n    logOut {\n      __typename\n    }\n  }\n": typeof types.RevocationLogOutDocument,
    "\n  mutation RevocationDeactivate($id: ID!) {\n    deactivateAgent(agentId: $id) {\n      __typename\n    }\n  }\n": typeof types.RevocationDeactivateDocument,
    "\n  mutation RevocationChangeRole($id: ID!, $role: AgentRole!) {\n    changeAgentRole(agentId: $id, role: $role) {\n      __typename\n    }\n  }\n": typeof types.RevocationChangeRoleDocument,
    "\n  mutation RevocationAllowOrigins($origins: [String!]!) {\n    updateWorkspace(input: { allowedOrigins: $origins }) {\n      __typename\n    }\n  }\n": typeof types.RevocationAllowOriginsDocument,
    "\n  mutation FloodSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on RateLimitedError {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.FloodSignUpDocument,
    "\n  mutation FloodFiveSignUps($a: SignUpInput!, $b: SignUpInput!, $c: SignUpInput!, $d: SignUpInput!, $e: SignUpInput!) {\n    a: signUp(input: $a) {\n      __typename\n    }\n    b: signUp(input: $b) {\n      __typename\n    }\n    c: signUp(input: $c) {\n      __typename\n    }\n    d: signUp(input: $d) {\n      __typename\n    }\n    e: signUp(input: $e) {\n      __typename\n    }\n  }\n": typeof types.FloodFiveSignUpsDocument,
    "\n  query SocketTypename {\n    __typename\n  }\n": typeof types.SocketTypenameDocument,
    "\n  query TrustedPublicKey {\n    workspace {\n      publicKey\n    }\n  }\n": typeof types.TrustedPublicKeyDocument,
    "\n  query TrustedConversationMessages($id: ID!) {\n    node(id: $id) {\n      ... on Conversation {\n        lastSeq\n        messages(last: 50) {\n          edges {\n            node {\n              body\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrustedConversationMessagesDocument,
    "\n  query IdentitySpoofingSettings {\n    workspace {\n      identitySecret\n      identityVerificationRequired\n    }\n  }\n": typeof types.IdentitySpoofingSettingsDocument,
    "\n  mutation FloodSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on RateLimitedError {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.FloodSendDocument,
    "\n  mutation FloodReply($input: ReplyInput!) {\n    replyToConversation(input: $input) {\n      __typename\n      ... on RateLimitedError {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.FloodReplyDocument,
    "\n  mutation TokenRevocationEnd($visitorId: ID!) {\n    endVisitorSessions(visitorId: $visitorId) {\n      __typename\n      ... on EndVisitorSessionsPayload {\n        endedSessions\n        visitor {\n          id\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.TokenRevocationEndDocument,
    "\n  mutation TokenRevocationOrigins($origins: [String!]!) {\n    updateWorkspace(input: { allowedOrigins: $origins }) {\n      __typename\n    }\n  }\n": typeof types.TokenRevocationOriginsDocument,
    "\n  mutation FloodStartSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession {\n        token\n        resumed\n        conversation {\n          id\n        }\n      }\n      ... on RateLimitedError {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.FloodStartSessionDocument,
    "\n  subscription SharedExecutionNarrow($id: ID!) {\n    conversationEvents(conversationId: $id) {\n      seq\n      kind\n    }\n  }\n": typeof types.SharedExecutionNarrowDocument,
    "\n  subscription SharedExecutionOptionalBody($id: ID!, $withBody: Boolean!) {\n    conversationEvents(conversationId: $id) {\n      seq\n      message {\n        internal\n        body @include(if: $withBody)\n      }\n    }\n  }\n": typeof types.SharedExecutionOptionalBodyDocument,
    "\n  query DrainViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.DrainViewerDocument,
    "\n  query DrainLargeAnswer($days: Int) {\n    aiUsage(days: $days) {\n      period\n    }\n  }\n": typeof types.DrainLargeAnswerDocument,
    "\n  mutation TwoLogIns($email: String!, $first: String!, $second: String!) {\n    a: logIn(input: { email: $email, password: $first }) {\n      __typename\n      ... on AuthPayload {\n        agent {\n          name\n          workspace {\n            name\n          }\n        }\n      }\n      ... on Error {\n        code\n      }\n    }\n    b: logIn(input: { email: $email, password: $second }) {\n      __typename\n      ... on AuthPayload {\n        token\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TwoLogInsDocument,
    "\n  query SocketSessionTypename {\n    __typename\n  }\n": typeof types.SocketSessionTypenameDocument,
    "\n  mutation SocketSessionLogOut {\n    logOut {\n      __typename\n    }\n  }\n": typeof types.SocketSessionLogOutDocument,
    "\n  mutation StreamResumeTyping($id: ID!, $on: Boolean!) {\n    setTyping(conversationId: $id, isTyping: $on) {\n      __typename\n    }\n  }\n": typeof types.StreamResumeTypingDocument,
    "\n  query TakeoverActions {\n    customActions {\n      id\n      label\n    }\n  }\n": typeof types.TakeoverActionsDocument,
    "\n  mutation TakeoverRelease($id: ID!) {\n    r: releaseConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n      }\n      ... on ConversationTakenError {\n        agentName\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TakeoverReleaseDocument,
    "\n  mutation TakeoverHandBack($id: ID!) {\n    r: handBackConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n      }\n      ... on ConversationTakenError {\n        agentName\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TakeoverHandBackDocument,
    "\n  mutation TakeoverResolve($id: ID!) {\n    r: resolveConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n      }\n      ... on ConversationTakenError {\n        agentName\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TakeoverResolveDocument,
    "\n  mutation TakeoverReassign($id: ID!, $agent: ID!) {\n    r: reassignConversation(conversationId: $id, agentId: $agent) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n      }\n    }\n  }\n": typeof types.TakeoverReassignDocument,
    "\n  query TakeoverStatus($id: ID!) {\n    conversation(id: $id) {\n      status\n    }\n  }\n": typeof types.TakeoverStatusDocument,
    "\n  query TeamViewer {\n    viewer {\n      id\n      name\n      email\n      role\n      active\n      workspace {\n        id\n        name\n        publicKey\n        responseTimeTargetSeconds\n      }\n    }\n  }\n": typeof types.TeamViewerDocument,
    "\n  mutation TeamLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n        expiresAt\n        agent {\n          id\n          email\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.TeamLogInDocument,
    "\n  mutation TeamSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n        agent {\n          id\n          name\n          email\n          role\n          workspace {\n            id\n            name\n            publicKey\n            widgetSnippet\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamSignUpDocument,
    "\n  query TeamInvitationPreview($token: String!) {\n    invitation(token: $token) {\n      __typename\n      ... on InvitationPreview {\n        email\n        role\n        workspaceName\n      }\n    }\n  }\n": typeof types.TeamInvitationPreviewDocument,
    "\n  query TeamPendingInvitations {\n    workspace {\n      pendingInvitations {\n        totalCount\n        edges {\n          node {\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamPendingInvitationsDocument,
    "\n  query TeamMembers {\n    workspace {\n      agents {\n        totalCount\n        edges {\n          node {\n            name\n            role\n            active\n          }\n        }\n      }\n      pendingInvitations {\n        totalCount\n      }\n    }\n  }\n": typeof types.TeamMembersDocument,
    "\n  mutation TeamPromote($id: ID!) {\n    changeAgentRole(agentId: $id, role: ADMIN) {\n      __typename\n      ... on Agent {\n        role\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n": typeof types.TeamPromoteDocument,
    "\n  mutation TeamDeactivate($id: ID!) {\n    deactivateAgent(agentId: $id) {\n      __typename\n      ... on Agent {\n        active\n        deactivatedAt\n      }\n    }\n  }\n": typeof types.TeamDeactivateDocument,
    "\n  mutation TeamReactivate($id: ID!) {\n    reactivateAgent(agentId: $id) {\n      __typename\n      ... on Agent {\n        active\n      }\n    }\n  }\n": typeof types.TeamReactivateDocument,
    "\n  mutation TeamUpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      __typename\n      ... on Workspace {\n        name\n        responseTimeTargetSeconds\n        allowedOrigins\n      }\n    }\n  }\n": typeof types.TeamUpdateWorkspaceDocument,
    "\n  mutation TeamLogOut {\n    logOut {\n      __typename\n      ... on LogOutPayload {\n        ok\n      }\n    }\n  }\n": typeof types.TeamLogOutDocument,
    "\n  query VisitorDevice($id: ID!) {\n    conversation(id: $id) {\n      sessionMetadata {\n        userAgent\n        device {\n          browser\n          browserVersion\n          os\n          osVersion\n          type\n          model\n          summary\n        }\n      }\n    }\n  }\n": typeof types.VisitorDeviceDocument,
    "\n  query BrowserApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      revokedAt\n    }\n  }\n": typeof types.BrowserApiKeysDocument,
    "\n  query BrowserApiKeysConversations {\n    conversations(first: 10) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.BrowserApiKeysConversationsDocument,
    "\n  query BrowserApiKeysUsage {\n    aiUsage(days: 7) {\n      period\n    }\n  }\n": typeof types.BrowserApiKeysUsageDocument,
    "\n  query BrowserPolicy {\n    assistantSettings {\n      sensitiveTopics {\n        key\n        enabled\n      }\n      instructionTopics\n    }\n    handoffTopics {\n      name\n      examples\n      enabled\n    }\n  }\n": typeof types.BrowserPolicyDocument,
    "\n  query BrowserPolicyTopicIds {\n    handoffTopics {\n      id\n    }\n  }\n": typeof types.BrowserPolicyTopicIdsDocument,
    "\n  mutation BrowserPolicyResolve($id: ID!) {\n    resolveConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n      }\n    }\n  }\n": typeof types.BrowserPolicyResolveDocument,
    "\n  query BrowserPolicyGaps {\n    contentGaps {\n      question\n      count\n      examples\n      conversationIds\n    }\n  }\n": typeof types.BrowserPolicyGapsDocument,
    "\n  query InboxEdgesVisitorActions {\n    customActions {\n      id\n      label\n    }\n  }\n": typeof types.InboxEdgesVisitorActionsDocument,
    "\n  mutation BrowserInboxSignUp($i: SignUpInput!) {\n    signUp(input: $i) {\n      __typename\n      ... on AuthPayload {\n        token\n        agent {\n          workspace {\n            publicKey\n          }\n        }\n      }\n    }\n  }\n": typeof types.BrowserInboxSignUpDocument,
    "\n  query BrowserInboxActionLabels {\n    customActions {\n      label\n      fields {\n        key\n        type\n      }\n    }\n  }\n": typeof types.BrowserInboxActionLabelsDocument,
    "\n  query BrowserInboxVisitorActions {\n    customActions {\n      id\n      label\n      fields {\n        key\n      }\n    }\n  }\n": typeof types.BrowserInboxVisitorActionsDocument,
    "\n  query BrowserInboxActionIds {\n    customActions {\n      id\n    }\n  }\n": typeof types.BrowserInboxActionIdsDocument,
    "\n  query BrowserInboxAssignee($id: ID!) {\n    conversation(id: $id) {\n      assigneeName\n    }\n  }\n": typeof types.BrowserInboxAssigneeDocument,
    "\n  query BrowserInboxSeqs($id: ID!) {\n    conversation(id: $id) {\n      messages {\n        edges {\n          node {\n            seq\n          }\n        }\n      }\n    }\n  }\n": typeof types.BrowserInboxSeqsDocument,
    "\n  query TrustedWidgetKey {\n    workspace {\n      publicKey\n    }\n  }\n": typeof types.TrustedWidgetKeyDocument,
    "\n  mutation BrowserIdentityEndSessions($visitorId: ID!) {\n    endVisitorSessions(visitorId: $visitorId) {\n      __typename\n    }\n  }\n": typeof types.BrowserIdentityEndSessionsDocument,
    "\n  query EvalTranscript($id: ID!) {\n    conversation(id: $id) {\n      status\n      handoff {\n        trigger\n        topic\n        actionLabel\n      }\n      messages(last: 5) {\n        edges {\n          node {\n            seq\n            authorKind\n            body\n            suggestionTrigger\n            suggestionTopic\n            suggestedActionIds\n            citations {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvalTranscriptDocument,
    "\n  subscription EvalReaction($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq\n      kind\n      message {\n        authorKind\n      }\n      status {\n        status\n      }\n    }\n  }\n": typeof types.EvalReactionDocument,
    "\n  mutation EvalSignUp($i: SignUpInput!) {\n    signUp(input: $i) {\n      __typename\n      ... on AuthPayload {\n        token\n      }\n    }\n  }\n": typeof types.EvalSignUpDocument,
    "\n  mutation EvalCreateDocument($i: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $i) {\n      __typename\n    }\n  }\n": typeof types.EvalCreateDocumentDocument,
    "\n  mutation EvalSettings($i: AssistantSettingsInput!) {\n    updateAssistantSettings(input: $i) {\n      __typename\n    }\n  }\n": typeof types.EvalSettingsDocument,
    "\n  query EvalActions {\n    customActions {\n      id\n      label\n    }\n  }\n": typeof types.EvalActionsDocument,
    "\n  mutation EvalUpdateAction($id: ID!, $i: CustomActionInput!) {\n    updateCustomAction(actionId: $id, input: $i) {\n      __typename\n      ... on CustomAction {\n        id\n      }\n    }\n  }\n": typeof types.EvalUpdateActionDocument,
    "\n  mutation EvalCreateAction($i: CustomActionInput!) {\n    createCustomAction(input: $i) {\n      __typename\n      ... on CustomAction {\n        id\n      }\n    }\n  }\n": typeof types.EvalCreateActionDocument,
    "\n  mutation EvalCreateTopic($i: HandoffTopicInput!) {\n    createHandoffTopic(input: $i) {\n      __typename\n    }\n  }\n": typeof types.EvalCreateTopicDocument,
    "\n  query EvalPublicKey {\n    workspace {\n      publicKey\n    }\n  }\n": typeof types.EvalPublicKeyDocument,
    "\n  query EvalLastSeq($id: ID!) {\n    conversation(id: $id) {\n      lastSeq\n    }\n  }\n": typeof types.EvalLastSeqDocument,
    "\n  mutation EvalSend($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      __typename\n    }\n  }\n": typeof types.EvalSendDocument,
    "\n  mutation EvalStartSession($i: StartWidgetSessionInput!) {\n    startWidgetSession(input: $i) {\n      __typename\n      ... on WidgetSession {\n        token\n        conversation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EvalStartSessionDocument,
    "\n  mutation ApiKeysCreate($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload {\n        secret\n        apiKey {\n          id\n          name\n          prefix\n          scopes\n          expiresAt\n          lastUsedAt\n          revokedAt\n          createdBy {\n            id\n          }\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on ForbiddenError {\n        missingScope\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ApiKeysCreateDocument,
    "\n  mutation ApiKeysRevoke($id: ID!) {\n    revokeApiKey(apiKeyId: $id) {\n      __typename\n      ... on ApiKey {\n        id\n        revokedAt\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ApiKeysRevokeDocument,
    "\n  mutation LoadKnowledgeDocument($input: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $input) {\n      __typename\n    }\n  }\n": typeof types.LoadKnowledgeDocumentDocument,
    "\n  query Transcript($id: ID!) {\n    conversation(id: $id) {\n      status\n      messages(first: 100) {\n        edges {\n          node {\n            seq\n            authorKind\n            body\n            suggestionTrigger\n            suggestionTopic\n            suggestedActionIds\n            citations {\n              title\n              sourceUrl\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TranscriptDocument,
    "\n  mutation StartSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession {\n        token\n        resumed\n        visitorId\n        workspaceName\n        greeting\n        conversation {\n          id\n          status\n          lastSeq\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.StartSessionDocument,
    "\n  mutation Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on SendMessagePayload {\n        duplicate\n        sentMessage {\n          id\n          seq\n          body\n          authorKind\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.SendDocument,
    "\n  mutation SubmitAction($input: SubmitActionInput!) {\n    submitAction(input: $input) {\n      __typename\n      ... on HandoffPayload {\n        alreadyRequested\n        conversation {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.SubmitActionDocument,
    "\n  mutation Reply($input: ReplyInput!) {\n    replyToConversation(input: $input) {\n      __typename\n      ... on SendMessagePayload {\n        duplicate\n        sentMessage {\n          id\n          seq\n          body\n          internal\n          authorName\n        }\n      }\n      ... on OwnershipError {\n        owner\n        ownerName\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.ReplyDocument,
    "\n  mutation TakeOver($id: ID!) {\n    takeOver(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        id\n        status\n        assignee {\n          id\n          name\n        }\n      }\n      ... on ConversationTakenError {\n        agentName\n        agentId\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.TakeOverDocument,
    "\n  mutation CreateAction($input: CustomActionInput!) {\n    createCustomAction(input: $input) {\n      __typename\n      ... on CustomAction {\n        id\n        label\n        enabled\n        position\n        fields {\n          key\n          label\n          type\n          required\n          options\n          maxLength\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateActionDocument,
    "\n  subscription Stream($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq\n      kind\n      message {\n        id\n        seq\n        body\n        authorKind\n        authorName\n        internal\n        clientId\n      }\n      status {\n        change\n        status\n        assigneeName\n      }\n      typing {\n        authorKind\n        name\n        isTyping\n      }\n      draft {\n        draftId\n        delta\n      }\n    }\n  }\n": typeof types.StreamDocument,
    "\n  subscription Inbox {\n    inboxEvents {\n      kind\n      agentName\n      conversation {\n        id\n        status\n        assigneeName\n        waitingSeconds\n        responseTargetBreachedAt\n        sessionMetadata {\n          pageUrl\n          pageTitle\n          referrer\n          locale\n          timezone\n          userAgent\n        }\n        handoff {\n          trigger\n          actionLabel\n          summary\n          capturedValues {\n            key\n            label\n            value\n          }\n          citedDocuments {\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query PublicKey {\n    workspace {\n      publicKey\n    }\n  }\n": typeof types.PublicKeyDocument,
    "\n  query HandoffFirstAction {\n    customActions {\n      id\n    }\n  }\n": typeof types.HandoffFirstActionDocument,
    "\n  mutation IdentityIdentify($input: IdentifyVisitorInput!) {\n    identifyVisitor(input: $input) {\n      __typename\n      ... on IdentifyVisitorPayload {\n        name\n        email\n        identityVerified\n        visitorToken\n      }\n      ... on IdentityVerificationError {\n        reason\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.IdentityIdentifyDocument,
    "\n  mutation IdentityRotateSecret {\n    rotateIdentitySecret {\n      __typename\n      ... on Workspace {\n        identitySecret\n        identityVerificationRequired\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.IdentityRotateSecretDocument,
    "\n  mutation IdentityRequire($required: Boolean!) {\n    updateWorkspace(input: { identityVerificationRequired: $required }) {\n      __typename\n      ... on Workspace {\n        identityVerificationRequired\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.IdentityRequireDocument,
    "\n  query IdentityConversationVisitor($id: ID!) {\n    conversation(id: $id) {\n      id\n      visitor {\n        id\n        name\n        email\n        externalId\n        identityVerified\n        externalIdVerified\n        emailVerified\n        attributes {\n          key\n          value\n        }\n      }\n    }\n  }\n": typeof types.IdentityConversationVisitorDocument,
    "\n  subscription TestTeamPresence {\n    teamPresence {\n      presence\n      agent {\n        id\n        name\n        presence\n      }\n    }\n  }\n": typeof types.TestTeamPresenceDocument,
    "\n  mutation TestSetAway($away: Boolean!) {\n    setAway(away: $away) {\n      __typename\n      ... on Agent {\n        id\n        away\n        presence\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TestSetAwayDocument,
    "\n  query TestTeamPresenceList {\n    workspace {\n      agents(first: 50) {\n        edges {\n          node {\n            id\n            name\n            presence\n          }\n        }\n      }\n    }\n  }\n": typeof types.TestTeamPresenceListDocument,
    "\n  mutation TestUpdateAutoAssignment($input: UpdateAutoAssignmentInput!) {\n    updateAutoAssignment(input: $input) {\n      __typename\n      ... on Workspace {\n        autoAssignment\n        autoAssignCap\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TestUpdateAutoAssignmentDocument,
    "\n  query TestConversationWait($id: ID!) {\n    node(id: $id) {\n      ... on Conversation {\n        id\n        status\n        assignee {\n          id\n          name\n          presence\n        }\n        expectedWait {\n          availableAgents\n          queuePosition\n          estimateSeconds\n        }\n      }\n    }\n  }\n": typeof types.TestConversationWaitDocument,
    "\n  query TestEscalationAction {\n    customActions {\n      id\n    }\n  }\n": typeof types.TestEscalationActionDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n        agent {\n          id\n          role\n          workspace {\n            id\n          }\n        }\n      }\n      ... on ValidationError {\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation Invite($input: InviteAgentInput!) {\n    inviteAgent(input: $input) {\n      __typename\n      ... on InvitationPayload {\n        token\n        url\n        invitation {\n          id\n          email\n          role\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.InviteDocument,
    "\n  mutation Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n        agent {\n          id\n          role\n          email\n          workspace {\n            id\n          }\n        }\n      }\n      ... on InvitationInvalidError {\n        reason\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.AcceptDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on WebhookEndpoint {\n        id\n        url\n        events\n        secret\n        enabled\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(endpointId: $id, input: $input) {\n      __typename\n      ... on WebhookEndpoint {\n        id\n        url\n        events\n        enabled\n        disabledAt\n        disabledReason\n        consecutiveFailures\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(endpointId: $id) {\n      __typename\n      ... on WebhookEndpoint {\n        secret\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(endpointId: $id) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(endpointId: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        event\n        status\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(deliveryId: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        status\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      events\n      enabled\n      disabledAt\n      disabledReason\n      consecutiveFailures\n      deliveries(first: 20) {\n        edges {\n          node {\n            id\n            event\n            status\n            attemptCount\n            body\n            nextAttemptAt\n            deliveredAt\n            attempts {\n              attempt\n              statusCode\n              error\n              durationMs\n              requestHeaders\n              responseExcerpt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  subscription WebhookNotices {\n    webhookNotices {\n      kind\n      url\n      reason\n      endpoint {\n        id\n        enabled\n      }\n    }\n  }\n": typeof types.WebhookNoticesDocument,
};
const documents: Documents = {
    "\n  query BenchViewer {\n    viewer {\n      id\n      name\n      workspace {\n        name\n      }\n    }\n  }\n": types.BenchViewerDocument,
    "\n  mutation BenchSend($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      __typename\n    }\n  }\n": types.BenchSendDocument,
    "\n  subscription BenchResume($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq\n    }\n  }\n": types.BenchResumeDocument,
    "\n  mutation BenchSignUp($i: SignUpInput!) {\n    signUp(input: $i) {\n      __typename\n      ... on AuthPayload {\n        token\n      }\n    }\n  }\n": types.BenchSignUpDocument,
    "\n  mutation BenchCreateDocument($input: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $input) {\n      __typename\n    }\n  }\n": types.BenchCreateDocumentDocument,
    "\n  query BenchPublicKey {\n    workspace {\n      publicKey\n    }\n  }\n": types.BenchPublicKeyDocument,
    "\n  mutation BenchStartSession($i: StartWidgetSessionInput!) {\n    startWidgetSession(input: $i) {\n      __typename\n      ... on WidgetSession {\n        token\n        conversation {\n          id\n        }\n      }\n    }\n  }\n": types.BenchStartSessionDocument,
    "\n  mutation BenchTakeOver($id: ID!) {\n    takeOver(conversationId: $id) {\n      __typename\n    }\n  }\n": types.BenchTakeOverDocument,
    "\n  subscription SubmissionStream($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq\n      message {\n        authorKind\n        body\n        submission {\n          actionLabel\n          values {\n            key\n            label\n            value\n          }\n        }\n      }\n      status {\n        change\n        status\n      }\n    }\n  }\n": types.SubmissionStreamDocument,
    "\n  query SubmissionHandoffs($id: ID!) {\n    conversation(id: $id) {\n      status\n      handoffs {\n        status\n        actionLabel\n        capturedValues {\n          key\n          value\n        }\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            authorKind\n            body\n            submission {\n              actionLabel\n              values {\n                key\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SubmissionHandoffsDocument,
    "\n  mutation SubmissionMoves($id: ID!, $release: Boolean!, $resolve: Boolean!, $handBack: Boolean!) {\n    release: releaseConversation(conversationId: $id) @include(if: $release) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n    resolve: resolveConversation(conversationId: $id) @include(if: $resolve) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n    handBack: handBackConversation(conversationId: $id) @include(if: $handBack) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.SubmissionMovesDocument,
    "\n  query ApiKeysList {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      lastUsedAt\n      expiresAt\n      revokedAt\n      createdBy {\n        name\n      }\n    }\n  }\n": types.ApiKeysListDocument,
    "\n  query ApiKeysConversations {\n    conversations(first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ApiKeysConversationsDocument,
    "\n  query ApiKeysConversationNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Conversation {\n        id\n        status\n      }\n    }\n  }\n": types.ApiKeysConversationNodeDocument,
    "\n  query ApiKeysUsage {\n    aiUsage(days: 7) {\n      period\n      responses\n    }\n  }\n": types.ApiKeysUsageDocument,
    "\n  query ApiKeysActions {\n    customActions {\n      id\n      label\n    }\n  }\n": types.ApiKeysActionsDocument,
    "\n  query ApiKeysKnowledge {\n    handoffTopics {\n      id\n      name\n    }\n  }\n": types.ApiKeysKnowledgeDocument,
    "\n  query ApiKeysViewer {\n    viewer {\n      id\n      name\n    }\n    workspace {\n      name\n    }\n  }\n": types.ApiKeysViewerDocument,
    "\n  mutation ApiKeysTakeOver($id: ID!) {\n    takeOver(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        id\n        status\n      }\n      ... on ForbiddenError {\n        missingScope\n        message\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n": types.ApiKeysTakeOverDocument,
    "\n  mutation ApiKeysReply($input: ReplyInput!) {\n    replyToConversation(input: $input) {\n      __typename\n      ... on SendMessagePayload {\n        sentMessage {\n          body\n        }\n      }\n      ... on ForbiddenError {\n        missingScope\n        message\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n": types.ApiKeysReplyDocument,
    "\n  mutation ApiKeysCreateTopic($name: String!) {\n    createHandoffTopic(input: { name: $name }) {\n      __typename\n      ... on HandoffTopic {\n        name\n      }\n      ... on ForbiddenError {\n        missingScope\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n": types.ApiKeysCreateTopicDocument,
    "\n  mutation ApiKeysInvite($email: String!) {\n    inviteAgent(input: { email: $email, role: AGENT }) {\n      __typename\n      ... on ForbiddenError {\n        missingScope\n        message\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n": types.ApiKeysInviteDocument,
    "\n      mutation ApiKeysChangeRole($id: ID!) {\n        changeAgentRole(agentId: $id, role: AGENT) {\n          __typename\n        }\n      }\n    ": types.ApiKeysChangeRoleDocument,
    "\n      mutation ApiKeysDeactivate($id: ID!) {\n        deactivateAgent(agentId: $id) {\n          __typename\n        }\n      }\n    ": types.ApiKeysDeactivateDocument,
    "\n  query OfflinePacket($id: ID!) {\n    conversation(id: $id) {\n      handoff {\n        trigger\n        citedDocuments {\n          title\n        }\n      }\n    }\n  }\n": types.OfflinePacketDocument,
    "\n  mutation OfflineStartAtOnce {\n    updateAssistantSettings(input: { explicitRequestMode: START_HANDOFF }) {\n      __typename\n      ... on AssistantSettings {\n        explicitRequestMode\n      }\n    }\n  }\n": types.OfflineStartAtOnceDocument,
    "\n  query OfflineUsage {\n    day: aiUsage {\n      period\n      responses\n      promptTokens\n    }\n    month: aiUsage(granularity: MONTH) {\n      period\n      responses\n    }\n  }\n": types.OfflineUsageDocument,
    "\n  query OfflineUsageResponses {\n    aiUsage {\n      responses\n    }\n  }\n": types.OfflineUsageResponsesDocument,
    "\n  mutation OpenAIInstructions($instructions: String!) {\n    updateAssistantSettings(input: { instructions: $instructions }) {\n      __typename\n    }\n  }\n": types.OpenAiInstructionsDocument,
    "\n  mutation OpenAITypingOff($id: ID!) {\n    setTyping(conversationId: $id, isTyping: false) {\n      __typename\n    }\n  }\n": types.OpenAiTypingOffDocument,
    "\n  query OpenAIUsage {\n    aiUsage {\n      responses\n      promptTokens\n      completionTokens\n    }\n  }\n": types.OpenAiUsageDocument,
    "\n  mutation OpenAICreateAction($i: CustomActionInput!) {\n    createCustomAction(input: $i) {\n      __typename\n      ... on CustomAction {\n        id\n      }\n    }\n  }\n": types.OpenAiCreateActionDocument,
    "\n  mutation OpenAICreateTopic($i: HandoffTopicInput!) {\n    createHandoffTopic(input: $i) {\n      __typename\n    }\n  }\n": types.OpenAiCreateTopicDocument,
    "\n  mutation OpenAILegalOff {\n    setSensitiveTopic(key: \"legal\", enabled: false) {\n      __typename\n      ... on AssistantSettings {\n        sensitiveTopics {\n          key\n          enabled\n        }\n      }\n    }\n  }\n": types.OpenAiLegalOffDocument,
    "\n  query OpenAITranscript($id: ID!) {\n    conversation(id: $id) {\n      messages {\n        edges {\n          node {\n            authorKind\n            body\n          }\n        }\n      }\n    }\n  }\n": types.OpenAiTranscriptDocument,
    "\n  mutation PolicyCreateDocument($input: KnowledgeDocumentInput!) {\n    r: createKnowledgeDocument(input: $input) {\n      __typename\n      ... on KnowledgeDocument {\n        id\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.PolicyCreateDocumentDocument,
    "\n  mutation PolicyCreateTopic($i: HandoffTopicInput!) {\n    r: createHandoffTopic(input: $i) {\n      __typename\n      ... on HandoffTopic {\n        id\n        name\n        examples\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.PolicyCreateTopicDocument,
    "\n  mutation PolicySetBuiltIn($key: String!, $on: Boolean!) {\n    r: setSensitiveTopic(key: $key, enabled: $on) {\n      __typename\n      ... on AssistantSettings {\n        sensitiveTopics {\n          key\n          enabled\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.PolicySetBuiltInDocument,
    "\n  query PolicyGaps {\n    contentGaps {\n      question\n      count\n      examples\n      conversationIds\n    }\n  }\n": types.PolicyGapsDocument,
    "\n  query PolicyPacket($id: ID!) {\n    conversation(id: $id) {\n      handoff {\n        trigger\n        topic\n        topicName\n        summary\n      }\n    }\n  }\n": types.PolicyPacketDocument,
    "\n  mutation PolicyInstructions($instructions: String!) {\n    updateAssistantSettings(input: { instructions: $instructions }) {\n      __typename\n      ... on AssistantSettings {\n        instructionTopics\n      }\n    }\n  }\n": types.PolicyInstructionsDocument,
    "\n  query PolicyInstructionTopics {\n    assistantSettings {\n      instructionTopics\n    }\n  }\n": types.PolicyInstructionTopicsDocument,
    "\n  mutation PolicyCreateAction($i: CustomActionInput!) {\n    createCustomAction(input: $i) {\n      __typename\n      ... on CustomAction {\n        id\n      }\n    }\n  }\n": types.PolicyCreateActionDocument,
    "\n  query PolicyActionIds {\n    customActions {\n      id\n    }\n  }\n": types.PolicyActionIdsDocument,
    "\n  mutation PolicyFromReply($m: ID!) {\n    r: createKnowledgeFromReply(messageId: $m) {\n      __typename\n      ... on KnowledgeDocument {\n        title\n        content\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n        }\n      }\n    }\n  }\n": types.PolicyFromReplyDocument,
    "\n  query PolicyFirstMessage($id: ID!) {\n    conversation(id: $id) {\n      messages(first: 1) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PolicyFirstMessageDocument,
    "\n  query WhileQueuedSetting {\n    assistantSettings {\n      answerWhileQueued\n    }\n    customActions {\n      id\n    }\n  }\n": types.WhileQueuedSettingDocument,
    "\n  mutation WhileQueuedSet($on: Boolean!) {\n    updateAssistantSettings(input: { answerWhileQueued: $on }) {\n      __typename\n      ... on AssistantSettings {\n        answerWhileQueued\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WhileQueuedSetDocument,
    "\n  mutation WhileQueuedSetAsAgent {\n    updateAssistantSettings(input: { answerWhileQueued: true }) {\n      __typename\n    }\n  }\n": types.WhileQueuedSetAsAgentDocument,
    "\n  query WhileQueuedTranscript($id: ID!) {\n    conversation(id: $id) {\n      status\n      messages(first: 100) {\n        edges {\n          node {\n            authorKind\n            body\n            suggestedActionIds\n          }\n        }\n      }\n    }\n  }\n": types.WhileQueuedTranscriptDocument,
    "\n  query BadInputViewer {\n    viewer {\n      id\n    }\n  }\n": types.BadInputViewerDocument,
    "\n  mutation BadInputLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on Error {\n        message\n        code\n      }\n      ... on AuthPayload {\n        token\n      }\n    }\n  }\n": types.BadInputLogInDocument,
    "\n  mutation BadInputLogOut {\n    logOut {\n      __typename\n    }\n  }\n": types.BadInputLogOutDocument,
    "\n  mutation BadInputRevoke($id: ID!) {\n    revokeInvitation(invitationId: $id) {\n      __typename\n      ... on Invitation {\n        revokedAt\n      }\n    }\n  }\n": types.BadInputRevokeDocument,
    "\n  mutation BadInputInvite($input: InviteAgentInput!) {\n    r: inviteAgent(input: $input) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.BadInputInviteDocument,
    "\n  mutation BadInputPromote($id: ID!) {\n    r: changeAgentRole(agentId: $id, role: ADMIN) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.BadInputPromoteDocument,
    "\n  mutation BadInputDeactivate($id: ID!) {\n    r: deactivateAgent(agentId: $id) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.BadInputDeactivateDocument,
    "\n  mutation BadInputUpdateWorkspace($input: UpdateWorkspaceInput!) {\n    r: updateWorkspace(input: $input) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.BadInputUpdateWorkspaceDocument,
    "\n  query BadInputPending {\n    workspace {\n      name\n      pendingInvitations {\n        totalCount\n      }\n    }\n  }\n": types.BadInputPendingDocument,
    "\n  mutation BadInputMakeOwner($id: ID!) {\n    r: changeAgentRole(agentId: $id, role: OWNER) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n  }\n": types.BadInputMakeOwnerDocument,
    "\n  mutation BadInputDemote($id: ID!) {\n    r: changeAgentRole(agentId: $id, role: AGENT) {\n      __typename\n      ... on NotFoundError {\n        entity\n      }\n    }\n  }\n": types.BadInputDemoteDocument,
    "\n  query BadInputNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Agent {\n        email\n      }\n      ... on Workspace {\n        name\n      }\n    }\n  }\n": types.BadInputNodeDocument,
    "\n  mutation BadInputRevokeForeign($id: ID!) {\n    r: revokeInvitation(invitationId: $id) {\n      __typename\n      ... on NotFoundError {\n        entity\n      }\n    }\n  }\n": types.BadInputRevokeForeignDocument,
    "\n  mutation BadInputDeactivateForeign($id: ID!) {\n    r: deactivateAgent(agentId: $id) {\n      __typename\n      ... on NotFoundError {\n        entity\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.BadInputDeactivateForeignDocument,
    "\n  query ViewerCan($id: ID!) {\n    conversation(id: $id) {\n      status\n      viewerCan {\n        takeOver\n        release\n        reassign\n        handBack\n        resolve\n        reply\n      }\n    }\n  }\n": types.ViewerCanDocument,
    "\n  mutation ReleaseForPermissions($id: ID!) {\n    releaseConversation(conversationId: $id) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n  }\n": types.ReleaseForPermissionsDocument,
    "\n  query PermissionActions {\n    customActions {\n      id\n    }\n  }\n": types.PermissionActionsDocument,
    "\n  query MeIsAdmin {\n    viewer {\n      role\n      isAdmin\n    }\n  }\n": types.MeIsAdminDocument,
    "\n  query OutageViewer {\n    viewer {\n      id\n      name\n    }\n  }\n": types.OutageViewerDocument,
    "\n  mutation OutageLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on ServiceUnavailableError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.OutageLogInDocument,
    "\n  mutation OutageStartSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on ServiceUnavailableError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.OutageStartSessionDocument,
    "\n  query MaskingDocuments {\n    knowledgeDocuments(first: 5) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.MaskingDocumentsDocument,
    "\n  query MaskingViewer {\n    viewer {\n      id\n    }\n  }\n": types.MaskingViewerDocument,
    "\n  query HandoffBadInputRead($id: ID!) {\n    conversation(id: $id) {\n      id\n    }\n    node(id: $id) {\n      id\n    }\n  }\n": types.HandoffBadInputReadDocument,
    "\n  mutation HandoffBadInputAllowOrigin {\n    updateWorkspace(input: { allowedOrigins: [\"https://shop.example.com\"] }) {\n      __typename\n    }\n  }\n": types.HandoffBadInputAllowOriginDocument,
    "\n  query HandoffBadInputHistory($id: ID!) {\n    conversation(id: $id) {\n      messages {\n        edges {\n          node {\n            authorKind\n            body\n          }\n        }\n      }\n    }\n  }\n": types.HandoffBadInputHistoryDocument,
    "\n  mutation HandoffBadInputIdentify($input: IdentifyVisitorInput!) {\n    identifyVisitor(input: $input) {\n      __typename\n      ... on IdentifyVisitorPayload {\n        name\n        email\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.HandoffBadInputIdentifyDocument,
    "\n  query HandoffBadInputVisitor($id: ID!) {\n    conversation(id: $id) {\n      visitor {\n        name\n        email\n        externalId\n        attributes {\n          key\n          value\n        }\n      }\n    }\n  }\n": types.HandoffBadInputVisitorDocument,
    "\n  query HandoffActions {\n    customActions {\n      id\n      label\n      enabled\n      fields {\n        key\n      }\n    }\n  }\n": types.HandoffActionsDocument,
    "\n  query HandoffVisitorActions {\n    customActions {\n      id\n      label\n      fields {\n        key\n        label\n        type\n        required\n        options\n      }\n    }\n  }\n": types.HandoffVisitorActionsDocument,
    "\n  mutation HandoffCreateDocument($input: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $input) {\n      __typename\n      ... on KnowledgeDocument {\n        id\n      }\n    }\n  }\n": types.HandoffCreateDocumentDocument,
    "\n  query HandoffQueue {\n    conversations(status: [QUEUED]) {\n      edges {\n        node {\n          id\n          messages {\n            edges {\n              node {\n                authorKind\n                body\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.HandoffQueueDocument,
    "\n  query HandoffTimed($id: ID!) {\n    conversation(id: $id) {\n      firstHumanReplyAt\n      waitingSeconds\n    }\n  }\n": types.HandoffTimedDocument,
    "\n  mutation HandoffResolve($id: ID!) {\n    resolveConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        resolvedAt\n      }\n    }\n  }\n": types.HandoffResolveDocument,
    "\n  query InboxEdgesActions {\n    customActions {\n      id\n    }\n  }\n": types.InboxEdgesActionsDocument,
    "\n  mutation InboxEdgesResolve($id: ID!) {\n    r: resolveConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n      }\n    }\n  }\n": types.InboxEdgesResolveDocument,
    "\n  mutation InboxEdgesReopen($id: ID!) {\n    r: reopenConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n        resolvedAt\n        viewerCan {\n          reply\n          reopen\n          takeOver\n        }\n      }\n      ... on ConversationTakenError {\n        agentName\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.InboxEdgesReopenDocument,
    "\n  query InboxEdgesCard($id: ID!) {\n    conversation(id: $id) {\n      status\n      viewerCan {\n        reopen\n        takeOver\n      }\n      lastMessage {\n        body\n        authorKind\n      }\n      lastVisitorMessage {\n        body\n        authorKind\n      }\n    }\n  }\n": types.InboxEdgesCardDocument,
    "\n  query InboxEdgesCards {\n    conversations(first: 20) {\n      edges {\n        node {\n          id\n          lastVisitorMessage {\n            body\n          }\n        }\n      }\n    }\n  }\n": types.InboxEdgesCardsDocument,
    "\n  query InboxEdgesVisitorCard($id: ID!) {\n    conversation(id: $id) {\n      lastVisitorMessage {\n        body\n      }\n    }\n  }\n": types.InboxEdgesVisitorCardDocument,
    "\n  query InboxActionIds {\n    customActions {\n      id\n    }\n  }\n": types.InboxActionIdsDocument,
    "\n  query InboxNextPage($after: String) {\n    conversations(first: 1, after: $after, status: [QUEUED]) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.InboxNextPageDocument,
    "\n  query InboxAsVisitor {\n    conversations(first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.InboxAsVisitorDocument,
    "\n  mutation InboxUpdateAction($id: ID!, $input: CustomActionInput!) {\n    updateCustomAction(actionId: $id, input: $input) {\n      __typename\n      ... on CustomAction {\n        label\n        fields {\n          key\n          type\n          required\n          options\n        }\n      }\n    }\n  }\n": types.InboxUpdateActionDocument,
    "\n  mutation InboxReorder($ids: [ID!]!) {\n    reorderCustomActions(actionIds: $ids) {\n      __typename\n      ... on ValidationError {\n        fieldErrors {\n          path\n        }\n      }\n    }\n  }\n": types.InboxReorderDocument,
    "\n  mutation InboxDisableAction($id: ID!) {\n    setCustomActionEnabled(actionId: $id, enabled: false) {\n      __typename\n    }\n  }\n": types.InboxDisableActionDocument,
    "\n  query InboxActionLabels {\n    customActions {\n      label\n    }\n  }\n": types.InboxActionLabelsDocument,
    "\n  query InboxAllActions {\n    customActions {\n      label\n      enabled\n      position\n    }\n  }\n": types.InboxAllActionsDocument,
    "\n  mutation InboxDeleteAction($id: ID!) {\n    deleteCustomAction(actionId: $id) {\n      __typename\n      ... on CustomAction {\n        label\n      }\n    }\n  }\n": types.InboxDeleteActionDocument,
    "\n  mutation InboxReplyOnIt($id: ID!) {\n    replyToConversation(input: { conversationId: $id, body: \"On it!\" }) {\n      __typename\n    }\n  }\n": types.InboxReplyOnItDocument,
    "\n  query InboxBreachView($a: ID!, $b: ID!) {\n    a: conversation(id: $a) {\n      responseTargetBreachedAt\n      waitingSeconds\n    }\n    b: conversation(id: $b) {\n      responseTargetBreachedAt\n      firstHumanReplyAt\n    }\n  }\n": types.InboxBreachViewDocument,
    "\n  query InboxPage($first: Int!, $status: [ConversationStatus!], $assignee: AssigneeFilter) {\n    conversations(first: $first, status: $status, assignee: $assignee) {\n      totalCount: edges {\n        cursor\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          assigneeName\n          waitingSeconds\n          responseDueAt\n          assignee {\n            name\n          }\n          visitor {\n            id\n          }\n          lastMessage {\n            body\n            authorKind\n          }\n          lastVisitorMessage {\n            body\n          }\n          sessionMetadata {\n            pageUrl\n          }\n          handoff {\n            trigger\n            summary\n            actionLabel\n            capturedValues {\n              key\n              value\n            }\n            citedDocuments {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InboxPageDocument,
    "\n  mutation InviteMail($input: InviteAgentInput!) {\n    inviteAgent(input: $input) {\n      __typename\n      ... on InvitationPayload {\n        token\n        url\n        invitation {\n          id\n          email\n          url\n          emailStatus\n          emailError\n          emailedAt\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.InviteMailDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(invitationId: $id) {\n      __typename\n      ... on Invitation {\n        id\n        emailStatus\n        emailError\n        emailedAt\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  query PendingInvitationLinks {\n    workspace {\n      pendingInvitations(first: 50) {\n        edges {\n          node {\n            id\n            email\n            url\n            emailStatus\n            emailError\n          }\n        }\n      }\n    }\n  }\n": types.PendingInvitationLinksDocument,
    "\n  mutation KnowledgeCreate($input: KnowledgeDocumentInput!) {\n    r: createKnowledgeDocument(input: $input) {\n      __typename\n      ... on KnowledgeDocument {\n        id\n        title\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.KnowledgeCreateDocument,
    "\n  mutation KnowledgeUpdate($id: ID!, $input: KnowledgeDocumentInput!) {\n    r: updateKnowledgeDocument(documentId: $id, input: $input) {\n      __typename\n    }\n  }\n": types.KnowledgeUpdateDocument,
    "\n  mutation KnowledgeDelete($id: ID!) {\n    r: deleteKnowledgeDocument(documentId: $id) {\n      __typename\n    }\n  }\n": types.KnowledgeDeleteDocument,
    "\n  query KnowledgeList {\n    knowledgeDocuments {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": types.KnowledgeListDocument,
    "\n  query KnowledgeNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.KnowledgeNodeDocument,
    "\n  mutation KnowledgeSettings($input: AssistantSettingsInput!) {\n    r: updateAssistantSettings(input: $input) {\n      __typename\n      ... on AssistantSettings {\n        greeting\n        confidenceThreshold\n        frustrationDetection\n        provider\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n        }\n      }\n    }\n  }\n": types.KnowledgeSettingsDocument,
    "\n  query KnowledgeGreeting {\n    assistantSettings {\n      greeting\n    }\n  }\n": types.KnowledgeGreetingDocument,
    "\n  mutation KnowledgeWidgetGreeting($k: String!) {\n    startWidgetSession(input: { publicKey: $k }) {\n      __typename\n      ... on WidgetSession {\n        greeting\n      }\n    }\n  }\n": types.KnowledgeWidgetGreetingDocument,
    "\n  query MetricsActions {\n    customActions {\n      id\n    }\n  }\n": types.MetricsActionsDocument,
    "\n  mutation MetricsTypingOff($id: ID!) {\n    setTyping(conversationId: $id, isTyping: false) {\n      __typename\n    }\n  }\n": types.MetricsTypingOffDocument,
    "\n  query MultiInstanceViewer {\n    viewer {\n      name\n    }\n  }\n": types.MultiInstanceViewerDocument,
    "\n  query MultiInstanceActions {\n    customActions {\n      id\n    }\n  }\n": types.MultiInstanceActionsDocument,
    "\n  query OnboardingSteps {\n    workspace {\n      onboarding {\n        doneCount\n        complete\n        steps {\n          id\n          done\n        }\n      }\n    }\n  }\n": types.OnboardingStepsDocument,
    "\n  mutation TestPresenceResolve($id: ID!) {\n    resolveConversation(conversationId: $id) {\n      __typename\n    }\n  }\n": types.TestPresenceResolveDocument,
    "\n  query SdkExampleActions {\n    customActions {\n      id\n    }\n  }\n": types.SdkExampleActionsDocument,
    "\n  query SdkTestActions {\n    customActions {\n      id\n    }\n  }\n": types.SdkTestActionsDocument,
    "\n  mutation SpendCapSet($daily: Int, $monthly: Int) {\n    updateAssistantSettings(input: { aiDailyLimit: $daily, aiMonthlyLimit: $monthly }) {\n      __typename\n      ... on AssistantSettings {\n        aiDailyLimit\n        aiMonthlyLimit\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.SpendCapSetDocument,
    "\n  mutation SpendCapKeep {\n    updateAssistantSettings(input: { greeting: \"Hello again!\" }) {\n      __typename\n      ... on AssistantSettings {\n        aiDailyLimit\n        aiMonthlyLimit\n      }\n    }\n  }\n": types.SpendCapKeepDocument,
    "\n  query SpendCap {\n    aiSpendCap {\n      dailyLimit\n      dailyUsed\n      monthlyLimit\n      monthlyUsed\n      dailyReached\n      monthlyReached\n      reached\n    }\n  }\n": types.SpendCapDocument,
    "\n  query ApiKeyTenancyLook($conversation: ID!, $visitor: ID!) {\n    conversation(id: $conversation) {\n      id\n    }\n    byNode: node(id: $conversation) {\n      id\n    }\n    visitorNode: node(id: $visitor) {\n      id\n    }\n  }\n": types.ApiKeyTenancyLookDocument,
    "\n  mutation ApiKeyTenancyTouch($conversation: ID!, $visitor: ID!) {\n    takeOver(conversationId: $conversation) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n    replyToConversation(input: { conversationId: $conversation, body: \"from another workspace\" }) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n    endVisitorSessions(visitorId: $visitor) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n  }\n": types.ApiKeyTenancyTouchDocument,
    "\n  query ApiKeyTenancyStatus($id: ID!) {\n    conversation(id: $id) {\n      status\n      messages(first: 50) {\n        edges {\n          node {\n            body\n          }\n        }\n      }\n    }\n  }\n": types.ApiKeyTenancyStatusDocument,
    "\n  query ApiKeyTenancyVisitorOf($id: ID!) {\n    conversation(id: $id) {\n      visitor {\n        id\n      }\n    }\n  }\n": types.ApiKeyTenancyVisitorOfDocument,
    "\n  mutation BruteLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n      }\n      ... on RateLimitedError {\n        code\n        message\n        retryAfterSeconds\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n": types.BruteLogInDocument,
    "\n  mutation BruteTwentyLogIns($email: String!) {\n    a1: logIn(input: { email: $email, password: \"guess-0001\" }) {\n      __typename\n    }\n    a2: logIn(input: { email: $email, password: \"guess-0002\" }) {\n      __typename\n    }\n    a3: logIn(input: { email: $email, password: \"guess-0003\" }) {\n      __typename\n    }\n    a4: logIn(input: { email: $email, password: \"guess-0004\" }) {\n      __typename\n    }\n    a5: logIn(input: { email: $email, password: \"guess-0005\" }) {\n      __typename\n    }\n    a6: logIn(input: { email: $email, password: \"guess-0006\" }) {\n      __typename\n    }\n    a7: logIn(input: { email: $email, password: \"guess-0007\" }) {\n      __typename\n    }\n    a8: logIn(input: { email: $email, password: \"guess-0008\" }) {\n      __typename\n    }\n    a9: logIn(input: { email: $email, password: \"guess-0009\" }) {\n      __typename\n    }\n    a10: logIn(input: { email: $email, password: \"guess-0010\" }) {\n      __typename\n    }\n    a11: logIn(input: { email: $email, password: \"guess-0011\" }) {\n      __typename\n    }\n    a12: logIn(input: { email: $email, password: \"guess-0012\" }) {\n      __typename\n    }\n    a13: logIn(input: { email: $email, password: \"guess-0013\" }) {\n      __typename\n    }\n    a14: logIn(input: { email: $email, password: \"guess-0014\" }) {\n      __typename\n    }\n    a15: logIn(input: { email: $email, password: \"guess-0015\" }) {\n      __typename\n    }\n    a16: logIn(input: { email: $email, password: \"guess-0016\" }) {\n      __typename\n    }\n    a17: logIn(input: { email: $email, password: \"guess-0017\" }) {\n      __typename\n    }\n    a18: logIn(input: { email: $email, password: \"guess-0018\" }) {\n      __typename\n    }\n    a19: logIn(input: { email: $email, password: \"guess-0019\" }) {\n      __typename\n    }\n    a20: logIn(input: { email: $email, password: \"correct horse battery staple\" }) {\n      __typename\n    }\n  }\n": types.BruteTwentyLogInsDocument,
    "\n  query ChunkedTypename {\n    __typename\n  }\n": types.ChunkedTypenameDocument,
    "\n  mutation QueueFloodStart($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession {\n        token\n        conversation {\n          id\n        }\n      }\n    }\n  }\n": types.QueueFloodStartDocument,
    "\n  query QueueFloodActions {\n    customActions {\n      id\n      label\n    }\n  }\n": types.QueueFloodActionsDocument,
    "\n  mutation QueueFloodSubmit($input: SubmitActionInput!) {\n    submitAction(input: $input) {\n      __typename\n      ... on HandoffPayload {\n        alreadyRequested\n      }\n      ... on RateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.QueueFloodSubmitDocument,
    "\n  query OversizedPage($first: Int, $last: Int) {\n    conversations(first: $first, last: $last) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.OversizedPageDocument,
    "\n  mutation InstancesStart($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n    }\n  }\n": types.InstancesStartDocument,
    "\n  query FloodTypename {\n    __typename\n  }\n": types.FloodTypenameDocument,
    "\n  mutation RevocationLogOut {\n    logOut {\n      __typename\n    }\n  }\n": types.RevocationLogOutDocument,
    "\n  mutation RevocationDeactivate($id: ID!) {\n    deactivateAgent(agentId: $id) {\n      __typename\n    }\n  }\n": types.RevocationDeactivateDocument,
    "\n  mutation RevocationChangeRole($id: ID!, $role: AgentRole!) {\n    changeAgentRole(agentId: $id, role: $role) {\n      __typename\n    }\n  }\n": types.RevocationChangeRoleDocument,
    "\n  mutation RevocationAllowOrigins($origins: [String!]!) {\n    updateWorkspace(input: { allowedOrigins: $origins }) {\n      __typename\n    }\n  }\n": types.RevocationAllowOriginsDocument,
    "\n  mutation FloodSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on RateLimitedError {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": types.FloodSignUpDocument,
    "\n  mutation FloodFiveSignUps($a: SignUpInput!, $b: SignUpInput!, $c: SignUpInput!, $d: SignUpInput!, $e: SignUpInput!) {\n    a: signUp(input: $a) {\n      __typename\n    }\n    b: signUp(input: $b) {\n      __typename\n    }\n    c: signUp(input: $c) {\n      __typename\n    }\n    d: signUp(input: $d) {\n      __typename\n    }\n    e: signUp(input: $e) {\n      __typename\n    }\n  }\n": types.FloodFiveSignUpsDocument,
    "\n  query SocketTypename {\n    __typename\n  }\n": types.SocketTypenameDocument,
    "\n  query TrustedPublicKey {\n    workspace {\n      publicKey\n    }\n  }\n": types.TrustedPublicKeyDocument,
    "\n  query TrustedConversationMessages($id: ID!) {\n    node(id: $id) {\n      ... on Conversation {\n        lastSeq\n        messages(last: 50) {\n          edges {\n            node {\n              body\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TrustedConversationMessagesDocument,
    "\n  query IdentitySpoofingSettings {\n    workspace {\n      identitySecret\n      identityVerificationRequired\n    }\n  }\n": types.IdentitySpoofingSettingsDocument,
    "\n  mutation FloodSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on RateLimitedError {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": types.FloodSendDocument,
    "\n  mutation FloodReply($input: ReplyInput!) {\n    replyToConversation(input: $input) {\n      __typename\n      ... on RateLimitedError {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": types.FloodReplyDocument,
    "\n  mutation TokenRevocationEnd($visitorId: ID!) {\n    endVisitorSessions(visitorId: $visitorId) {\n      __typename\n      ... on EndVisitorSessionsPayload {\n        endedSessions\n        visitor {\n          id\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.TokenRevocationEndDocument,
    "\n  mutation TokenRevocationOrigins($origins: [String!]!) {\n    updateWorkspace(input: { allowedOrigins: $origins }) {\n      __typename\n    }\n  }\n": types.TokenRevocationOriginsDocument,
    "\n  mutation FloodStartSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession {\n        token\n        resumed\n        conversation {\n          id\n        }\n      }\n      ... on RateLimitedError {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": types.FloodStartSessionDocument,
    "\n  subscription SharedExecutionNarrow($id: ID!) {\n    conversationEvents(conversationId: $id) {\n      seq\n      kind\n    }\n  }\n": types.SharedExecutionNarrowDocument,
    "\n  subscription SharedExecutionOptionalBody($id: ID!, $withBody: Boolean!) {\n    conversationEvents(conversationId: $id) {\n      seq\n      message {\n        internal\n        body @include(if: $withBody)\n      }\n    }\n  }\n": types.SharedExecutionOptionalBodyDocument,
    "\n  query DrainViewer {\n    viewer {\n      id\n    }\n  }\n": types.DrainViewerDocument,
    "\n  query DrainLargeAnswer($days: Int) {\n    aiUsage(days: $days) {\n      period\n    }\n  }\n": types.DrainLargeAnswerDocument,
    "\n  mutation TwoLogIns($email: String!, $first: String!, $second: String!) {\n    a: logIn(input: { email: $email, password: $first }) {\n      __typename\n      ... on AuthPayload {\n        agent {\n          name\n          workspace {\n            name\n          }\n        }\n      }\n      ... on Error {\n        code\n      }\n    }\n    b: logIn(input: { email: $email, password: $second }) {\n      __typename\n      ... on AuthPayload {\n        token\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.TwoLogInsDocument,
    "\n  query SocketSessionTypename {\n    __typename\n  }\n": types.SocketSessionTypenameDocument,
    "\n  mutation SocketSessionLogOut {\n    logOut {\n      __typename\n    }\n  }\n": types.SocketSessionLogOutDocument,
    "\n  mutation StreamResumeTyping($id: ID!, $on: Boolean!) {\n    setTyping(conversationId: $id, isTyping: $on) {\n      __typename\n    }\n  }\n": types.StreamResumeTypingDocument,
    "\n  query TakeoverActions {\n    customActions {\n      id\n      label\n    }\n  }\n": types.TakeoverActionsDocument,
    "\n  mutation TakeoverRelease($id: ID!) {\n    r: releaseConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n      }\n      ... on ConversationTakenError {\n        agentName\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.TakeoverReleaseDocument,
    "\n  mutation TakeoverHandBack($id: ID!) {\n    r: handBackConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n      }\n      ... on ConversationTakenError {\n        agentName\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.TakeoverHandBackDocument,
    "\n  mutation TakeoverResolve($id: ID!) {\n    r: resolveConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n      }\n      ... on ConversationTakenError {\n        agentName\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.TakeoverResolveDocument,
    "\n  mutation TakeoverReassign($id: ID!, $agent: ID!) {\n    r: reassignConversation(conversationId: $id, agentId: $agent) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n      }\n    }\n  }\n": types.TakeoverReassignDocument,
    "\n  query TakeoverStatus($id: ID!) {\n    conversation(id: $id) {\n      status\n    }\n  }\n": types.TakeoverStatusDocument,
    "\n  query TeamViewer {\n    viewer {\n      id\n      name\n      email\n      role\n      active\n      workspace {\n        id\n        name\n        publicKey\n        responseTimeTargetSeconds\n      }\n    }\n  }\n": types.TeamViewerDocument,
    "\n  mutation TeamLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n        expiresAt\n        agent {\n          id\n          email\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.TeamLogInDocument,
    "\n  mutation TeamSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n        agent {\n          id\n          name\n          email\n          role\n          workspace {\n            id\n            name\n            publicKey\n            widgetSnippet\n          }\n        }\n      }\n    }\n  }\n": types.TeamSignUpDocument,
    "\n  query TeamInvitationPreview($token: String!) {\n    invitation(token: $token) {\n      __typename\n      ... on InvitationPreview {\n        email\n        role\n        workspaceName\n      }\n    }\n  }\n": types.TeamInvitationPreviewDocument,
    "\n  query TeamPendingInvitations {\n    workspace {\n      pendingInvitations {\n        totalCount\n        edges {\n          node {\n            email\n          }\n        }\n      }\n    }\n  }\n": types.TeamPendingInvitationsDocument,
    "\n  query TeamMembers {\n    workspace {\n      agents {\n        totalCount\n        edges {\n          node {\n            name\n            role\n            active\n          }\n        }\n      }\n      pendingInvitations {\n        totalCount\n      }\n    }\n  }\n": types.TeamMembersDocument,
    "\n  mutation TeamPromote($id: ID!) {\n    changeAgentRole(agentId: $id, role: ADMIN) {\n      __typename\n      ... on Agent {\n        role\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n": types.TeamPromoteDocument,
    "\n  mutation TeamDeactivate($id: ID!) {\n    deactivateAgent(agentId: $id) {\n      __typename\n      ... on Agent {\n        active\n        deactivatedAt\n      }\n    }\n  }\n": types.TeamDeactivateDocument,
    "\n  mutation TeamReactivate($id: ID!) {\n    reactivateAgent(agentId: $id) {\n      __typename\n      ... on Agent {\n        active\n      }\n    }\n  }\n": types.TeamReactivateDocument,
    "\n  mutation TeamUpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      __typename\n      ... on Workspace {\n        name\n        responseTimeTargetSeconds\n        allowedOrigins\n      }\n    }\n  }\n": types.TeamUpdateWorkspaceDocument,
    "\n  mutation TeamLogOut {\n    logOut {\n      __typename\n      ... on LogOutPayload {\n        ok\n      }\n    }\n  }\n": types.TeamLogOutDocument,
    "\n  query VisitorDevice($id: ID!) {\n    conversation(id: $id) {\n      sessionMetadata {\n        userAgent\n        device {\n          browser\n          browserVersion\n          os\n          osVersion\n          type\n          model\n          summary\n        }\n      }\n    }\n  }\n": types.VisitorDeviceDocument,
    "\n  query BrowserApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      revokedAt\n    }\n  }\n": types.BrowserApiKeysDocument,
    "\n  query BrowserApiKeysConversations {\n    conversations(first: 10) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.BrowserApiKeysConversationsDocument,
    "\n  query BrowserApiKeysUsage {\n    aiUsage(days: 7) {\n      period\n    }\n  }\n": types.BrowserApiKeysUsageDocument,
    "\n  query BrowserPolicy {\n    assistantSettings {\n      sensitiveTopics {\n        key\n        enabled\n      }\n      instructionTopics\n    }\n    handoffTopics {\n      name\n      examples\n      enabled\n    }\n  }\n": types.BrowserPolicyDocument,
    "\n  query BrowserPolicyTopicIds {\n    handoffTopics {\n      id\n    }\n  }\n": types.BrowserPolicyTopicIdsDocument,
    "\n  mutation BrowserPolicyResolve($id: ID!) {\n    resolveConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n      }\n    }\n  }\n": types.BrowserPolicyResolveDocument,
    "\n  query BrowserPolicyGaps {\n    contentGaps {\n      question\n      count\n      examples\n      conversationIds\n    }\n  }\n": types.BrowserPolicyGapsDocument,
    "\n  query InboxEdgesVisitorActions {\n    customActions {\n      id\n      label\n    }\n  }\n": types.InboxEdgesVisitorActionsDocument,
    "\n  mutation BrowserInboxSignUp($i: SignUpInput!) {\n    signUp(input: $i) {\n      __typename\n      ... on AuthPayload {\n        token\n        agent {\n          workspace {\n            publicKey\n          }\n        }\n      }\n    }\n  }\n": types.BrowserInboxSignUpDocument,
    "\n  query BrowserInboxActionLabels {\n    customActions {\n      label\n      fields {\n        key\n        type\n      }\n    }\n  }\n": types.BrowserInboxActionLabelsDocument,
    "\n  query BrowserInboxVisitorActions {\n    customActions {\n      id\n      label\n      fields {\n        key\n      }\n    }\n  }\n": types.BrowserInboxVisitorActionsDocument,
    "\n  query BrowserInboxActionIds {\n    customActions {\n      id\n    }\n  }\n": types.BrowserInboxActionIdsDocument,
    "\n  query BrowserInboxAssignee($id: ID!) {\n    conversation(id: $id) {\n      assigneeName\n    }\n  }\n": types.BrowserInboxAssigneeDocument,
    "\n  query BrowserInboxSeqs($id: ID!) {\n    conversation(id: $id) {\n      messages {\n        edges {\n          node {\n            seq\n          }\n        }\n      }\n    }\n  }\n": types.BrowserInboxSeqsDocument,
    "\n  query TrustedWidgetKey {\n    workspace {\n      publicKey\n    }\n  }\n": types.TrustedWidgetKeyDocument,
    "\n  mutation BrowserIdentityEndSessions($visitorId: ID!) {\n    endVisitorSessions(visitorId: $visitorId) {\n      __typename\n    }\n  }\n": types.BrowserIdentityEndSessionsDocument,
    "\n  query EvalTranscript($id: ID!) {\n    conversation(id: $id) {\n      status\n      handoff {\n        trigger\n        topic\n        actionLabel\n      }\n      messages(last: 5) {\n        edges {\n          node {\n            seq\n            authorKind\n            body\n            suggestionTrigger\n            suggestionTopic\n            suggestedActionIds\n            citations {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EvalTranscriptDocument,
    "\n  subscription EvalReaction($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq\n      kind\n      message {\n        authorKind\n      }\n      status {\n        status\n      }\n    }\n  }\n": types.EvalReactionDocument,
    "\n  mutation EvalSignUp($i: SignUpInput!) {\n    signUp(input: $i) {\n      __typename\n      ... on AuthPayload {\n        token\n      }\n    }\n  }\n": types.EvalSignUpDocument,
    "\n  mutation EvalCreateDocument($i: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $i) {\n      __typename\n    }\n  }\n": types.EvalCreateDocumentDocument,
    "\n  mutation EvalSettings($i: AssistantSettingsInput!) {\n    updateAssistantSettings(input: $i) {\n      __typename\n    }\n  }\n": types.EvalSettingsDocument,
    "\n  query EvalActions {\n    customActions {\n      id\n      label\n    }\n  }\n": types.EvalActionsDocument,
    "\n  mutation EvalUpdateAction($id: ID!, $i: CustomActionInput!) {\n    updateCustomAction(actionId: $id, input: $i) {\n      __typename\n      ... on CustomAction {\n        id\n      }\n    }\n  }\n": types.EvalUpdateActionDocument,
    "\n  mutation EvalCreateAction($i: CustomActionInput!) {\n    createCustomAction(input: $i) {\n      __typename\n      ... on CustomAction {\n        id\n      }\n    }\n  }\n": types.EvalCreateActionDocument,
    "\n  mutation EvalCreateTopic($i: HandoffTopicInput!) {\n    createHandoffTopic(input: $i) {\n      __typename\n    }\n  }\n": types.EvalCreateTopicDocument,
    "\n  query EvalPublicKey {\n    workspace {\n      publicKey\n    }\n  }\n": types.EvalPublicKeyDocument,
    "\n  query EvalLastSeq($id: ID!) {\n    conversation(id: $id) {\n      lastSeq\n    }\n  }\n": types.EvalLastSeqDocument,
    "\n  mutation EvalSend($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      __typename\n    }\n  }\n": types.EvalSendDocument,
    "\n  mutation EvalStartSession($i: StartWidgetSessionInput!) {\n    startWidgetSession(input: $i) {\n      __typename\n      ... on WidgetSession {\n        token\n        conversation {\n          id\n        }\n      }\n    }\n  }\n": types.EvalStartSessionDocument,
    "\n  mutation ApiKeysCreate($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload {\n        secret\n        apiKey {\n          id\n          name\n          prefix\n          scopes\n          expiresAt\n          lastUsedAt\n          revokedAt\n          createdBy {\n            id\n          }\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on ForbiddenError {\n        missingScope\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.ApiKeysCreateDocument,
    "\n  mutation ApiKeysRevoke($id: ID!) {\n    revokeApiKey(apiKeyId: $id) {\n      __typename\n      ... on ApiKey {\n        id\n        revokedAt\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.ApiKeysRevokeDocument,
    "\n  mutation LoadKnowledgeDocument($input: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $input) {\n      __typename\n    }\n  }\n": types.LoadKnowledgeDocumentDocument,
    "\n  query Transcript($id: ID!) {\n    conversation(id: $id) {\n      status\n      messages(first: 100) {\n        edges {\n          node {\n            seq\n            authorKind\n            body\n            suggestionTrigger\n            suggestionTopic\n            suggestedActionIds\n            citations {\n              title\n              sourceUrl\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TranscriptDocument,
    "\n  mutation StartSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession {\n        token\n        resumed\n        visitorId\n        workspaceName\n        greeting\n        conversation {\n          id\n          status\n          lastSeq\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.StartSessionDocument,
    "\n  mutation Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on SendMessagePayload {\n        duplicate\n        sentMessage {\n          id\n          seq\n          body\n          authorKind\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.SendDocument,
    "\n  mutation SubmitAction($input: SubmitActionInput!) {\n    submitAction(input: $input) {\n      __typename\n      ... on HandoffPayload {\n        alreadyRequested\n        conversation {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.SubmitActionDocument,
    "\n  mutation Reply($input: ReplyInput!) {\n    replyToConversation(input: $input) {\n      __typename\n      ... on SendMessagePayload {\n        duplicate\n        sentMessage {\n          id\n          seq\n          body\n          internal\n          authorName\n        }\n      }\n      ... on OwnershipError {\n        owner\n        ownerName\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.ReplyDocument,
    "\n  mutation TakeOver($id: ID!) {\n    takeOver(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        id\n        status\n        assignee {\n          id\n          name\n        }\n      }\n      ... on ConversationTakenError {\n        agentName\n        agentId\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.TakeOverDocument,
    "\n  mutation CreateAction($input: CustomActionInput!) {\n    createCustomAction(input: $input) {\n      __typename\n      ... on CustomAction {\n        id\n        label\n        enabled\n        position\n        fields {\n          key\n          label\n          type\n          required\n          options\n          maxLength\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.CreateActionDocument,
    "\n  subscription Stream($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq\n      kind\n      message {\n        id\n        seq\n        body\n        authorKind\n        authorName\n        internal\n        clientId\n      }\n      status {\n        change\n        status\n        assigneeName\n      }\n      typing {\n        authorKind\n        name\n        isTyping\n      }\n      draft {\n        draftId\n        delta\n      }\n    }\n  }\n": types.StreamDocument,
    "\n  subscription Inbox {\n    inboxEvents {\n      kind\n      agentName\n      conversation {\n        id\n        status\n        assigneeName\n        waitingSeconds\n        responseTargetBreachedAt\n        sessionMetadata {\n          pageUrl\n          pageTitle\n          referrer\n          locale\n          timezone\n          userAgent\n        }\n        handoff {\n          trigger\n          actionLabel\n          summary\n          capturedValues {\n            key\n            label\n            value\n          }\n          citedDocuments {\n            title\n          }\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  query PublicKey {\n    workspace {\n      publicKey\n    }\n  }\n": types.PublicKeyDocument,
    "\n  query HandoffFirstAction {\n    customActions {\n      id\n    }\n  }\n": types.HandoffFirstActionDocument,
    "\n  mutation IdentityIdentify($input: IdentifyVisitorInput!) {\n    identifyVisitor(input: $input) {\n      __typename\n      ... on IdentifyVisitorPayload {\n        name\n        email\n        identityVerified\n        visitorToken\n      }\n      ... on IdentityVerificationError {\n        reason\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.IdentityIdentifyDocument,
    "\n  mutation IdentityRotateSecret {\n    rotateIdentitySecret {\n      __typename\n      ... on Workspace {\n        identitySecret\n        identityVerificationRequired\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.IdentityRotateSecretDocument,
    "\n  mutation IdentityRequire($required: Boolean!) {\n    updateWorkspace(input: { identityVerificationRequired: $required }) {\n      __typename\n      ... on Workspace {\n        identityVerificationRequired\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.IdentityRequireDocument,
    "\n  query IdentityConversationVisitor($id: ID!) {\n    conversation(id: $id) {\n      id\n      visitor {\n        id\n        name\n        email\n        externalId\n        identityVerified\n        externalIdVerified\n        emailVerified\n        attributes {\n          key\n          value\n        }\n      }\n    }\n  }\n": types.IdentityConversationVisitorDocument,
    "\n  subscription TestTeamPresence {\n    teamPresence {\n      presence\n      agent {\n        id\n        name\n        presence\n      }\n    }\n  }\n": types.TestTeamPresenceDocument,
    "\n  mutation TestSetAway($away: Boolean!) {\n    setAway(away: $away) {\n      __typename\n      ... on Agent {\n        id\n        away\n        presence\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.TestSetAwayDocument,
    "\n  query TestTeamPresenceList {\n    workspace {\n      agents(first: 50) {\n        edges {\n          node {\n            id\n            name\n            presence\n          }\n        }\n      }\n    }\n  }\n": types.TestTeamPresenceListDocument,
    "\n  mutation TestUpdateAutoAssignment($input: UpdateAutoAssignmentInput!) {\n    updateAutoAssignment(input: $input) {\n      __typename\n      ... on Workspace {\n        autoAssignment\n        autoAssignCap\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.TestUpdateAutoAssignmentDocument,
    "\n  query TestConversationWait($id: ID!) {\n    node(id: $id) {\n      ... on Conversation {\n        id\n        status\n        assignee {\n          id\n          name\n          presence\n        }\n        expectedWait {\n          availableAgents\n          queuePosition\n          estimateSeconds\n        }\n      }\n    }\n  }\n": types.TestConversationWaitDocument,
    "\n  query TestEscalationAction {\n    customActions {\n      id\n    }\n  }\n": types.TestEscalationActionDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n        agent {\n          id\n          role\n          workspace {\n            id\n          }\n        }\n      }\n      ... on ValidationError {\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation Invite($input: InviteAgentInput!) {\n    inviteAgent(input: $input) {\n      __typename\n      ... on InvitationPayload {\n        token\n        url\n        invitation {\n          id\n          email\n          role\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.InviteDocument,
    "\n  mutation Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n        agent {\n          id\n          role\n          email\n          workspace {\n            id\n          }\n        }\n      }\n      ... on InvitationInvalidError {\n        reason\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.AcceptDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on WebhookEndpoint {\n        id\n        url\n        events\n        secret\n        enabled\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(endpointId: $id, input: $input) {\n      __typename\n      ... on WebhookEndpoint {\n        id\n        url\n        events\n        enabled\n        disabledAt\n        disabledReason\n        consecutiveFailures\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(endpointId: $id) {\n      __typename\n      ... on WebhookEndpoint {\n        secret\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(endpointId: $id) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(endpointId: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        event\n        status\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(deliveryId: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        status\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      events\n      enabled\n      disabledAt\n      disabledReason\n      consecutiveFailures\n      deliveries(first: 20) {\n        edges {\n          node {\n            id\n            event\n            status\n            attemptCount\n            body\n            nextAttemptAt\n            deliveredAt\n            attempts {\n              attempt\n              statusCode\n              error\n              durationMs\n              requestHeaders\n              responseExcerpt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  subscription WebhookNotices {\n    webhookNotices {\n      kind\n      url\n      reason\n      endpoint {\n        id\n        enabled\n      }\n    }\n  }\n": types.WebhookNoticesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchViewer {\n    viewer {\n      id\n      name\n      workspace {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').BenchViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchSend($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').BenchSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BenchResume($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq\n    }\n  }\n"): typeof import('./graphql.js').BenchResumeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchSignUp($i: SignUpInput!) {\n    signUp(input: $i) {\n      __typename\n      ... on AuthPayload {\n        token\n      }\n    }\n  }\n"): typeof import('./graphql.js').BenchSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchCreateDocument($input: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').BenchCreateDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchPublicKey {\n    workspace {\n      publicKey\n    }\n  }\n"): typeof import('./graphql.js').BenchPublicKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchStartSession($i: StartWidgetSessionInput!) {\n    startWidgetSession(input: $i) {\n      __typename\n      ... on WidgetSession {\n        token\n        conversation {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BenchStartSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchTakeOver($id: ID!) {\n    takeOver(conversationId: $id) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').BenchTakeOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubmissionStream($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq\n      message {\n        authorKind\n        body\n        submission {\n          actionLabel\n          values {\n            key\n            label\n            value\n          }\n        }\n      }\n      status {\n        change\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').SubmissionStreamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionHandoffs($id: ID!) {\n    conversation(id: $id) {\n      status\n      handoffs {\n        status\n        actionLabel\n        capturedValues {\n          key\n          value\n        }\n      }\n      messages(first: 100) {\n        edges {\n          node {\n            authorKind\n            body\n            submission {\n              actionLabel\n              values {\n                key\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SubmissionHandoffsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmissionMoves($id: ID!, $release: Boolean!, $resolve: Boolean!, $handBack: Boolean!) {\n    release: releaseConversation(conversationId: $id) @include(if: $release) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n    resolve: resolveConversation(conversationId: $id) @include(if: $resolve) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n    handBack: handBackConversation(conversationId: $id) @include(if: $handBack) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').SubmissionMovesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysList {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      lastUsedAt\n      expiresAt\n      revokedAt\n      createdBy {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysConversations {\n    conversations(first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysConversationNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Conversation {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysConversationNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysUsage {\n    aiUsage(days: 7) {\n      period\n      responses\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysActions {\n    customActions {\n      id\n      label\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysKnowledge {\n    handoffTopics {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysKnowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysViewer {\n    viewer {\n      id\n      name\n    }\n    workspace {\n      name\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysTakeOver($id: ID!) {\n    takeOver(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        id\n        status\n      }\n      ... on ForbiddenError {\n        missingScope\n        message\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysTakeOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysReply($input: ReplyInput!) {\n    replyToConversation(input: $input) {\n      __typename\n      ... on SendMessagePayload {\n        sentMessage {\n          body\n        }\n      }\n      ... on ForbiddenError {\n        missingScope\n        message\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysCreateTopic($name: String!) {\n    createHandoffTopic(input: { name: $name }) {\n      __typename\n      ... on HandoffTopic {\n        name\n      }\n      ... on ForbiddenError {\n        missingScope\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysCreateTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysInvite($email: String!) {\n    inviteAgent(input: { email: $email, role: AGENT }) {\n      __typename\n      ... on ForbiddenError {\n        missingScope\n        message\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApiKeysChangeRole($id: ID!) {\n        changeAgentRole(agentId: $id, role: AGENT) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql.js').ApiKeysChangeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApiKeysDeactivate($id: ID!) {\n        deactivateAgent(agentId: $id) {\n          __typename\n        }\n      }\n    "): typeof import('./graphql.js').ApiKeysDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflinePacket($id: ID!) {\n    conversation(id: $id) {\n      handoff {\n        trigger\n        citedDocuments {\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').OfflinePacketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfflineStartAtOnce {\n    updateAssistantSettings(input: { explicitRequestMode: START_HANDOFF }) {\n      __typename\n      ... on AssistantSettings {\n        explicitRequestMode\n      }\n    }\n  }\n"): typeof import('./graphql.js').OfflineStartAtOnceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineUsage {\n    day: aiUsage {\n      period\n      responses\n      promptTokens\n    }\n    month: aiUsage(granularity: MONTH) {\n      period\n      responses\n    }\n  }\n"): typeof import('./graphql.js').OfflineUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineUsageResponses {\n    aiUsage {\n      responses\n    }\n  }\n"): typeof import('./graphql.js').OfflineUsageResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAIInstructions($instructions: String!) {\n    updateAssistantSettings(input: { instructions: $instructions }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').OpenAiInstructionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAITypingOff($id: ID!) {\n    setTyping(conversationId: $id, isTyping: false) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').OpenAiTypingOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenAIUsage {\n    aiUsage {\n      responses\n      promptTokens\n      completionTokens\n    }\n  }\n"): typeof import('./graphql.js').OpenAiUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAICreateAction($i: CustomActionInput!) {\n    createCustomAction(input: $i) {\n      __typename\n      ... on CustomAction {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').OpenAiCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAICreateTopic($i: HandoffTopicInput!) {\n    createHandoffTopic(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').OpenAiCreateTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAILegalOff {\n    setSensitiveTopic(key: \"legal\", enabled: false) {\n      __typename\n      ... on AssistantSettings {\n        sensitiveTopics {\n          key\n          enabled\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').OpenAiLegalOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenAITranscript($id: ID!) {\n    conversation(id: $id) {\n      messages {\n        edges {\n          node {\n            authorKind\n            body\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').OpenAiTranscriptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyCreateDocument($input: KnowledgeDocumentInput!) {\n    r: createKnowledgeDocument(input: $input) {\n      __typename\n      ... on KnowledgeDocument {\n        id\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCreateDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyCreateTopic($i: HandoffTopicInput!) {\n    r: createHandoffTopic(input: $i) {\n      __typename\n      ... on HandoffTopic {\n        id\n        name\n        examples\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCreateTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicySetBuiltIn($key: String!, $on: Boolean!) {\n    r: setSensitiveTopic(key: $key, enabled: $on) {\n      __typename\n      ... on AssistantSettings {\n        sensitiveTopics {\n          key\n          enabled\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicySetBuiltInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyGaps {\n    contentGaps {\n      question\n      count\n      examples\n      conversationIds\n    }\n  }\n"): typeof import('./graphql.js').PolicyGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyPacket($id: ID!) {\n    conversation(id: $id) {\n      handoff {\n        trigger\n        topic\n        topicName\n        summary\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyPacketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyInstructions($instructions: String!) {\n    updateAssistantSettings(input: { instructions: $instructions }) {\n      __typename\n      ... on AssistantSettings {\n        instructionTopics\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyInstructionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyInstructionTopics {\n    assistantSettings {\n      instructionTopics\n    }\n  }\n"): typeof import('./graphql.js').PolicyInstructionTopicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyCreateAction($i: CustomActionInput!) {\n    createCustomAction(input: $i) {\n      __typename\n      ... on CustomAction {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyActionIds {\n    customActions {\n      id\n    }\n  }\n"): typeof import('./graphql.js').PolicyActionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyFromReply($m: ID!) {\n    r: createKnowledgeFromReply(messageId: $m) {\n      __typename\n      ... on KnowledgeDocument {\n        title\n        content\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyFromReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyFirstMessage($id: ID!) {\n    conversation(id: $id) {\n      messages(first: 1) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PolicyFirstMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhileQueuedSetting {\n    assistantSettings {\n      answerWhileQueued\n    }\n    customActions {\n      id\n    }\n  }\n"): typeof import('./graphql.js').WhileQueuedSettingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhileQueuedSet($on: Boolean!) {\n    updateAssistantSettings(input: { answerWhileQueued: $on }) {\n      __typename\n      ... on AssistantSettings {\n        answerWhileQueued\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').WhileQueuedSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhileQueuedSetAsAgent {\n    updateAssistantSettings(input: { answerWhileQueued: true }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').WhileQueuedSetAsAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhileQueuedTranscript($id: ID!) {\n    conversation(id: $id) {\n      status\n      messages(first: 100) {\n        edges {\n          node {\n            authorKind\n            body\n            suggestedActionIds\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WhileQueuedTranscriptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputViewer {\n    viewer {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BadInputViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on Error {\n        message\n        code\n      }\n      ... on AuthPayload {\n        token\n      }\n    }\n  }\n"): typeof import('./graphql.js').BadInputLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputLogOut {\n    logOut {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').BadInputLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputRevoke($id: ID!) {\n    revokeInvitation(invitationId: $id) {\n      __typename\n      ... on Invitation {\n        revokedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').BadInputRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputInvite($input: InviteAgentInput!) {\n    r: inviteAgent(input: $input) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BadInputInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputPromote($id: ID!) {\n    r: changeAgentRole(agentId: $id, role: ADMIN) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BadInputPromoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputDeactivate($id: ID!) {\n    r: deactivateAgent(agentId: $id) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BadInputDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputUpdateWorkspace($input: UpdateWorkspaceInput!) {\n    r: updateWorkspace(input: $input) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BadInputUpdateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputPending {\n    workspace {\n      name\n      pendingInvitations {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql.js').BadInputPendingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputMakeOwner($id: ID!) {\n    r: changeAgentRole(agentId: $id, role: OWNER) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').BadInputMakeOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputDemote($id: ID!) {\n    r: changeAgentRole(agentId: $id, role: AGENT) {\n      __typename\n      ... on NotFoundError {\n        entity\n      }\n    }\n  }\n"): typeof import('./graphql.js').BadInputDemoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Agent {\n        email\n      }\n      ... on Workspace {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').BadInputNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputRevokeForeign($id: ID!) {\n    r: revokeInvitation(invitationId: $id) {\n      __typename\n      ... on NotFoundError {\n        entity\n      }\n    }\n  }\n"): typeof import('./graphql.js').BadInputRevokeForeignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputDeactivateForeign($id: ID!) {\n    r: deactivateAgent(agentId: $id) {\n      __typename\n      ... on NotFoundError {\n        entity\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BadInputDeactivateForeignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCan($id: ID!) {\n    conversation(id: $id) {\n      status\n      viewerCan {\n        takeOver\n        release\n        reassign\n        handBack\n        resolve\n        reply\n      }\n    }\n  }\n"): typeof import('./graphql.js').ViewerCanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseForPermissions($id: ID!) {\n    releaseConversation(conversationId: $id) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReleaseForPermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionActions {\n    customActions {\n      id\n    }\n  }\n"): typeof import('./graphql.js').PermissionActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeIsAdmin {\n    viewer {\n      role\n      isAdmin\n    }\n  }\n"): typeof import('./graphql.js').MeIsAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutageViewer {\n    viewer {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').OutageViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutageLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on ServiceUnavailableError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').OutageLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutageStartSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on ServiceUnavailableError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').OutageStartSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaskingDocuments {\n    knowledgeDocuments(first: 5) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MaskingDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaskingViewer {\n    viewer {\n      id\n    }\n  }\n"): typeof import('./graphql.js').MaskingViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffBadInputRead($id: ID!) {\n    conversation(id: $id) {\n      id\n    }\n    node(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').HandoffBadInputReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoffBadInputAllowOrigin {\n    updateWorkspace(input: { allowedOrigins: [\"https://shop.example.com\"] }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').HandoffBadInputAllowOriginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffBadInputHistory($id: ID!) {\n    conversation(id: $id) {\n      messages {\n        edges {\n          node {\n            authorKind\n            body\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').HandoffBadInputHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoffBadInputIdentify($input: IdentifyVisitorInput!) {\n    identifyVisitor(input: $input) {\n      __typename\n      ... on IdentifyVisitorPayload {\n        name\n        email\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').HandoffBadInputIdentifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffBadInputVisitor($id: ID!) {\n    conversation(id: $id) {\n      visitor {\n        name\n        email\n        externalId\n        attributes {\n          key\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').HandoffBadInputVisitorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffActions {\n    customActions {\n      id\n      label\n      enabled\n      fields {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql.js').HandoffActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffVisitorActions {\n    customActions {\n      id\n      label\n      fields {\n        key\n        label\n        type\n        required\n        options\n      }\n    }\n  }\n"): typeof import('./graphql.js').HandoffVisitorActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoffCreateDocument($input: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $input) {\n      __typename\n      ... on KnowledgeDocument {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').HandoffCreateDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffQueue {\n    conversations(status: [QUEUED]) {\n      edges {\n        node {\n          id\n          messages {\n            edges {\n              node {\n                authorKind\n                body\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').HandoffQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffTimed($id: ID!) {\n    conversation(id: $id) {\n      firstHumanReplyAt\n      waitingSeconds\n    }\n  }\n"): typeof import('./graphql.js').HandoffTimedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoffResolve($id: ID!) {\n    resolveConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        resolvedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').HandoffResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxEdgesActions {\n    customActions {\n      id\n    }\n  }\n"): typeof import('./graphql.js').InboxEdgesActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxEdgesResolve($id: ID!) {\n    r: resolveConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxEdgesResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxEdgesReopen($id: ID!) {\n    r: reopenConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n        resolvedAt\n        viewerCan {\n          reply\n          reopen\n          takeOver\n        }\n      }\n      ... on ConversationTakenError {\n        agentName\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxEdgesReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxEdgesCard($id: ID!) {\n    conversation(id: $id) {\n      status\n      viewerCan {\n        reopen\n        takeOver\n      }\n      lastMessage {\n        body\n        authorKind\n      }\n      lastVisitorMessage {\n        body\n        authorKind\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxEdgesCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxEdgesCards {\n    conversations(first: 20) {\n      edges {\n        node {\n          id\n          lastVisitorMessage {\n            body\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxEdgesCardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxEdgesVisitorCard($id: ID!) {\n    conversation(id: $id) {\n      lastVisitorMessage {\n        body\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxEdgesVisitorCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxActionIds {\n    customActions {\n      id\n    }\n  }\n"): typeof import('./graphql.js').InboxActionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxNextPage($after: String) {\n    conversations(first: 1, after: $after, status: [QUEUED]) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxNextPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxAsVisitor {\n    conversations(first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxAsVisitorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxUpdateAction($id: ID!, $input: CustomActionInput!) {\n    updateCustomAction(actionId: $id, input: $input) {\n      __typename\n      ... on CustomAction {\n        label\n        fields {\n          key\n          type\n          required\n          options\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxUpdateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxReorder($ids: [ID!]!) {\n    reorderCustomActions(actionIds: $ids) {\n      __typename\n      ... on ValidationError {\n        fieldErrors {\n          path\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxReorderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxDisableAction($id: ID!) {\n    setCustomActionEnabled(actionId: $id, enabled: false) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').InboxDisableActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxActionLabels {\n    customActions {\n      label\n    }\n  }\n"): typeof import('./graphql.js').InboxActionLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxAllActions {\n    customActions {\n      label\n      enabled\n      position\n    }\n  }\n"): typeof import('./graphql.js').InboxAllActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxDeleteAction($id: ID!) {\n    deleteCustomAction(actionId: $id) {\n      __typename\n      ... on CustomAction {\n        label\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxDeleteActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxReplyOnIt($id: ID!) {\n    replyToConversation(input: { conversationId: $id, body: \"On it!\" }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').InboxReplyOnItDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxBreachView($a: ID!, $b: ID!) {\n    a: conversation(id: $a) {\n      responseTargetBreachedAt\n      waitingSeconds\n    }\n    b: conversation(id: $b) {\n      responseTargetBreachedAt\n      firstHumanReplyAt\n    }\n  }\n"): typeof import('./graphql.js').InboxBreachViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxPage($first: Int!, $status: [ConversationStatus!], $assignee: AssigneeFilter) {\n    conversations(first: $first, status: $status, assignee: $assignee) {\n      totalCount: edges {\n        cursor\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          assigneeName\n          waitingSeconds\n          responseDueAt\n          assignee {\n            name\n          }\n          visitor {\n            id\n          }\n          lastMessage {\n            body\n            authorKind\n          }\n          lastVisitorMessage {\n            body\n          }\n          sessionMetadata {\n            pageUrl\n          }\n          handoff {\n            trigger\n            summary\n            actionLabel\n            capturedValues {\n              key\n              value\n            }\n            citedDocuments {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMail($input: InviteAgentInput!) {\n    inviteAgent(input: $input) {\n      __typename\n      ... on InvitationPayload {\n        token\n        url\n        invitation {\n          id\n          email\n          url\n          emailStatus\n          emailError\n          emailedAt\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').InviteMailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(invitationId: $id) {\n      __typename\n      ... on Invitation {\n        id\n        emailStatus\n        emailError\n        emailedAt\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitationLinks {\n    workspace {\n      pendingInvitations(first: 50) {\n        edges {\n          node {\n            id\n            email\n            url\n            emailStatus\n            emailError\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PendingInvitationLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeCreate($input: KnowledgeDocumentInput!) {\n    r: createKnowledgeDocument(input: $input) {\n      __typename\n      ... on KnowledgeDocument {\n        id\n        title\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').KnowledgeCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeUpdate($id: ID!, $input: KnowledgeDocumentInput!) {\n    r: updateKnowledgeDocument(documentId: $id, input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').KnowledgeUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeDelete($id: ID!) {\n    r: deleteKnowledgeDocument(documentId: $id) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').KnowledgeDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeList {\n    knowledgeDocuments {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').KnowledgeListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').KnowledgeNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeSettings($input: AssistantSettingsInput!) {\n    r: updateAssistantSettings(input: $input) {\n      __typename\n      ... on AssistantSettings {\n        greeting\n        confidenceThreshold\n        frustrationDetection\n        provider\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').KnowledgeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeGreeting {\n    assistantSettings {\n      greeting\n    }\n  }\n"): typeof import('./graphql.js').KnowledgeGreetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeWidgetGreeting($k: String!) {\n    startWidgetSession(input: { publicKey: $k }) {\n      __typename\n      ... on WidgetSession {\n        greeting\n      }\n    }\n  }\n"): typeof import('./graphql.js').KnowledgeWidgetGreetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsActions {\n    customActions {\n      id\n    }\n  }\n"): typeof import('./graphql.js').MetricsActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsTypingOff($id: ID!) {\n    setTyping(conversationId: $id, isTyping: false) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').MetricsTypingOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiInstanceViewer {\n    viewer {\n      name\n    }\n  }\n"): typeof import('./graphql.js').MultiInstanceViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiInstanceActions {\n    customActions {\n      id\n    }\n  }\n"): typeof import('./graphql.js').MultiInstanceActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnboardingSteps {\n    workspace {\n      onboarding {\n        doneCount\n        complete\n        steps {\n          id\n          done\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').OnboardingStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPresenceResolve($id: ID!) {\n    resolveConversation(conversationId: $id) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').TestPresenceResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkExampleActions {\n    customActions {\n      id\n    }\n  }\n"): typeof import('./graphql.js').SdkExampleActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkTestActions {\n    customActions {\n      id\n    }\n  }\n"): typeof import('./graphql.js').SdkTestActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpendCapSet($daily: Int, $monthly: Int) {\n    updateAssistantSettings(input: { aiDailyLimit: $daily, aiMonthlyLimit: $monthly }) {\n      __typename\n      ... on AssistantSettings {\n        aiDailyLimit\n        aiMonthlyLimit\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SpendCapSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpendCapKeep {\n    updateAssistantSettings(input: { greeting: \"Hello again!\" }) {\n      __typename\n      ... on AssistantSettings {\n        aiDailyLimit\n        aiMonthlyLimit\n      }\n    }\n  }\n"): typeof import('./graphql.js').SpendCapKeepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpendCap {\n    aiSpendCap {\n      dailyLimit\n      dailyUsed\n      monthlyLimit\n      monthlyUsed\n      dailyReached\n      monthlyReached\n      reached\n    }\n  }\n"): typeof import('./graphql.js').SpendCapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyTenancyLook($conversation: ID!, $visitor: ID!) {\n    conversation(id: $conversation) {\n      id\n    }\n    byNode: node(id: $conversation) {\n      id\n    }\n    visitorNode: node(id: $visitor) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ApiKeyTenancyLookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeyTenancyTouch($conversation: ID!, $visitor: ID!) {\n    takeOver(conversationId: $conversation) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n    replyToConversation(input: { conversationId: $conversation, body: \"from another workspace\" }) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n    endVisitorSessions(visitorId: $visitor) {\n      __typename\n      ... on Error {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiKeyTenancyTouchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyTenancyStatus($id: ID!) {\n    conversation(id: $id) {\n      status\n      messages(first: 50) {\n        edges {\n          node {\n            body\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiKeyTenancyStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyTenancyVisitorOf($id: ID!) {\n    conversation(id: $id) {\n      visitor {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiKeyTenancyVisitorOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BruteLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n      }\n      ... on RateLimitedError {\n        code\n        message\n        retryAfterSeconds\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').BruteLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BruteTwentyLogIns($email: String!) {\n    a1: logIn(input: { email: $email, password: \"guess-0001\" }) {\n      __typename\n    }\n    a2: logIn(input: { email: $email, password: \"guess-0002\" }) {\n      __typename\n    }\n    a3: logIn(input: { email: $email, password: \"guess-0003\" }) {\n      __typename\n    }\n    a4: logIn(input: { email: $email, password: \"guess-0004\" }) {\n      __typename\n    }\n    a5: logIn(input: { email: $email, password: \"guess-0005\" }) {\n      __typename\n    }\n    a6: logIn(input: { email: $email, password: \"guess-0006\" }) {\n      __typename\n    }\n    a7: logIn(input: { email: $email, password: \"guess-0007\" }) {\n      __typename\n    }\n    a8: logIn(input: { email: $email, password: \"guess-0008\" }) {\n      __typename\n    }\n    a9: logIn(input: { email: $email, password: \"guess-0009\" }) {\n      __typename\n    }\n    a10: logIn(input: { email: $email, password: \"guess-0010\" }) {\n      __typename\n    }\n    a11: logIn(input: { email: $email, password: \"guess-0011\" }) {\n      __typename\n    }\n    a12: logIn(input: { email: $email, password: \"guess-0012\" }) {\n      __typename\n    }\n    a13: logIn(input: { email: $email, password: \"guess-0013\" }) {\n      __typename\n    }\n    a14: logIn(input: { email: $email, password: \"guess-0014\" }) {\n      __typename\n    }\n    a15: logIn(input: { email: $email, password: \"guess-0015\" }) {\n      __typename\n    }\n    a16: logIn(input: { email: $email, password: \"guess-0016\" }) {\n      __typename\n    }\n    a17: logIn(input: { email: $email, password: \"guess-0017\" }) {\n      __typename\n    }\n    a18: logIn(input: { email: $email, password: \"guess-0018\" }) {\n      __typename\n    }\n    a19: logIn(input: { email: $email, password: \"guess-0019\" }) {\n      __typename\n    }\n    a20: logIn(input: { email: $email, password: \"correct horse battery staple\" }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').BruteTwentyLogInsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChunkedTypename {\n    __typename\n  }\n"): typeof import('./graphql.js').ChunkedTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueFloodStart($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession {\n        token\n        conversation {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').QueueFloodStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueFloodActions {\n    customActions {\n      id\n      label\n    }\n  }\n"): typeof import('./graphql.js').QueueFloodActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueFloodSubmit($input: SubmitActionInput!) {\n    submitAction(input: $input) {\n      __typename\n      ... on HandoffPayload {\n        alreadyRequested\n      }\n      ... on RateLimitedError {\n        retryAfterSeconds\n      }\n    }\n  }\n"): typeof import('./graphql.js').QueueFloodSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversizedPage($first: Int, $last: Int) {\n    conversations(first: $first, last: $last) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').OversizedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstancesStart($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').InstancesStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FloodTypename {\n    __typename\n  }\n"): typeof import('./graphql.js').FloodTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationLogOut {\n    logOut {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').RevocationLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationDeactivate($id: ID!) {\n    deactivateAgent(agentId: $id) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').RevocationDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationChangeRole($id: ID!, $role: AgentRole!) {\n    changeAgentRole(agentId: $id, role: $role) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').RevocationChangeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationAllowOrigins($origins: [String!]!) {\n    updateWorkspace(input: { allowedOrigins: $origins }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').RevocationAllowOriginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FloodSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on RateLimitedError {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n"): typeof import('./graphql.js').FloodSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FloodFiveSignUps($a: SignUpInput!, $b: SignUpInput!, $c: SignUpInput!, $d: SignUpInput!, $e: SignUpInput!) {\n    a: signUp(input: $a) {\n      __typename\n    }\n    b: signUp(input: $b) {\n      __typename\n    }\n    c: signUp(input: $c) {\n      __typename\n    }\n    d: signUp(input: $d) {\n      __typename\n    }\n    e: signUp(input: $e) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').FloodFiveSignUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocketTypename {\n    __typename\n  }\n"): typeof import('./graphql.js').SocketTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustedPublicKey {\n    workspace {\n      publicKey\n    }\n  }\n"): typeof import('./graphql.js').TrustedPublicKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustedConversationMessages($id: ID!) {\n    node(id: $id) {\n      ... on Conversation {\n        lastSeq\n        messages(last: 50) {\n          edges {\n            node {\n              body\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TrustedConversationMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentitySpoofingSettings {\n    workspace {\n      identitySecret\n      identityVerificationRequired\n    }\n  }\n"): typeof import('./graphql.js').IdentitySpoofingSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FloodSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on RateLimitedError {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n"): typeof import('./graphql.js').FloodSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FloodReply($input: ReplyInput!) {\n    replyToConversation(input: $input) {\n      __typename\n      ... on RateLimitedError {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n"): typeof import('./graphql.js').FloodReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokenRevocationEnd($visitorId: ID!) {\n    endVisitorSessions(visitorId: $visitorId) {\n      __typename\n      ... on EndVisitorSessionsPayload {\n        endedSessions\n        visitor {\n          id\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').TokenRevocationEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokenRevocationOrigins($origins: [String!]!) {\n    updateWorkspace(input: { allowedOrigins: $origins }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').TokenRevocationOriginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FloodStartSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession {\n        token\n        resumed\n        conversation {\n          id\n        }\n      }\n      ... on RateLimitedError {\n        code\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"): typeof import('./graphql.js').FloodStartSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedExecutionNarrow($id: ID!) {\n    conversationEvents(conversationId: $id) {\n      seq\n      kind\n    }\n  }\n"): typeof import('./graphql.js').SharedExecutionNarrowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedExecutionOptionalBody($id: ID!, $withBody: Boolean!) {\n    conversationEvents(conversationId: $id) {\n      seq\n      message {\n        internal\n        body @include(if: $withBody)\n      }\n    }\n  }\n"): typeof import('./graphql.js').SharedExecutionOptionalBodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrainViewer {\n    viewer {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DrainViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrainLargeAnswer($days: Int) {\n    aiUsage(days: $days) {\n      period\n    }\n  }\n"): typeof import('./graphql.js').DrainLargeAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoLogIns($email: String!, $first: String!, $second: String!) {\n    a: logIn(input: { email: $email, password: $first }) {\n      __typename\n      ... on AuthPayload {\n        agent {\n          name\n          workspace {\n            name\n          }\n        }\n      }\n      ... on Error {\n        code\n      }\n    }\n    b: logIn(input: { email: $email, password: $second }) {\n      __typename\n      ... on AuthPayload {\n        token\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').TwoLogInsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocketSessionTypename {\n    __typename\n  }\n"): typeof import('./graphql.js').SocketSessionTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SocketSessionLogOut {\n    logOut {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').SocketSessionLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StreamResumeTyping($id: ID!, $on: Boolean!) {\n    setTyping(conversationId: $id, isTyping: $on) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').StreamResumeTypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TakeoverActions {\n    customActions {\n      id\n      label\n    }\n  }\n"): typeof import('./graphql.js').TakeoverActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeoverRelease($id: ID!) {\n    r: releaseConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n      }\n      ... on ConversationTakenError {\n        agentName\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').TakeoverReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeoverHandBack($id: ID!) {\n    r: handBackConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n      }\n      ... on ConversationTakenError {\n        agentName\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').TakeoverHandBackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeoverResolve($id: ID!) {\n    r: resolveConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n      }\n      ... on ConversationTakenError {\n        agentName\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').TakeoverResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeoverReassign($id: ID!, $agent: ID!) {\n    r: reassignConversation(conversationId: $id, agentId: $agent) {\n      __typename\n      ... on Conversation {\n        status\n        assigneeName\n      }\n    }\n  }\n"): typeof import('./graphql.js').TakeoverReassignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TakeoverStatus($id: ID!) {\n    conversation(id: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql.js').TakeoverStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamViewer {\n    viewer {\n      id\n      name\n      email\n      role\n      active\n      workspace {\n        id\n        name\n        publicKey\n        responseTimeTargetSeconds\n      }\n    }\n  }\n"): typeof import('./graphql.js').TeamViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n        expiresAt\n        agent {\n          id\n          email\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').TeamLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n        agent {\n          id\n          name\n          email\n          role\n          workspace {\n            id\n            name\n            publicKey\n            widgetSnippet\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TeamSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamInvitationPreview($token: String!) {\n    invitation(token: $token) {\n      __typename\n      ... on InvitationPreview {\n        email\n        role\n        workspaceName\n      }\n    }\n  }\n"): typeof import('./graphql.js').TeamInvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPendingInvitations {\n    workspace {\n      pendingInvitations {\n        totalCount\n        edges {\n          node {\n            email\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TeamPendingInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMembers {\n    workspace {\n      agents {\n        totalCount\n        edges {\n          node {\n            name\n            role\n            active\n          }\n        }\n      }\n      pendingInvitations {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql.js').TeamMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamPromote($id: ID!) {\n    changeAgentRole(agentId: $id, role: ADMIN) {\n      __typename\n      ... on Agent {\n        role\n      }\n      ... on Error {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').TeamPromoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamDeactivate($id: ID!) {\n    deactivateAgent(agentId: $id) {\n      __typename\n      ... on Agent {\n        active\n        deactivatedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').TeamDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamReactivate($id: ID!) {\n    reactivateAgent(agentId: $id) {\n      __typename\n      ... on Agent {\n        active\n      }\n    }\n  }\n"): typeof import('./graphql.js').TeamReactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamUpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      __typename\n      ... on Workspace {\n        name\n        responseTimeTargetSeconds\n        allowedOrigins\n      }\n    }\n  }\n"): typeof import('./graphql.js').TeamUpdateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamLogOut {\n    logOut {\n      __typename\n      ... on LogOutPayload {\n        ok\n      }\n    }\n  }\n"): typeof import('./graphql.js').TeamLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitorDevice($id: ID!) {\n    conversation(id: $id) {\n      sessionMetadata {\n        userAgent\n        device {\n          browser\n          browserVersion\n          os\n          osVersion\n          type\n          model\n          summary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').VisitorDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      revokedAt\n    }\n  }\n"): typeof import('./graphql.js').BrowserApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserApiKeysConversations {\n    conversations(first: 10) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrowserApiKeysConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserApiKeysUsage {\n    aiUsage(days: 7) {\n      period\n    }\n  }\n"): typeof import('./graphql.js').BrowserApiKeysUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserPolicy {\n    assistantSettings {\n      sensitiveTopics {\n        key\n        enabled\n      }\n      instructionTopics\n    }\n    handoffTopics {\n      name\n      examples\n      enabled\n    }\n  }\n"): typeof import('./graphql.js').BrowserPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserPolicyTopicIds {\n    handoffTopics {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BrowserPolicyTopicIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserPolicyResolve($id: ID!) {\n    resolveConversation(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrowserPolicyResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserPolicyGaps {\n    contentGaps {\n      question\n      count\n      examples\n      conversationIds\n    }\n  }\n"): typeof import('./graphql.js').BrowserPolicyGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxEdgesVisitorActions {\n    customActions {\n      id\n      label\n    }\n  }\n"): typeof import('./graphql.js').InboxEdgesVisitorActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserInboxSignUp($i: SignUpInput!) {\n    signUp(input: $i) {\n      __typename\n      ... on AuthPayload {\n        token\n        agent {\n          workspace {\n            publicKey\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrowserInboxSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserInboxActionLabels {\n    customActions {\n      label\n      fields {\n        key\n        type\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrowserInboxActionLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserInboxVisitorActions {\n    customActions {\n      id\n      label\n      fields {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrowserInboxVisitorActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserInboxActionIds {\n    customActions {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BrowserInboxActionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserInboxAssignee($id: ID!) {\n    conversation(id: $id) {\n      assigneeName\n    }\n  }\n"): typeof import('./graphql.js').BrowserInboxAssigneeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserInboxSeqs($id: ID!) {\n    conversation(id: $id) {\n      messages {\n        edges {\n          node {\n            seq\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrowserInboxSeqsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustedWidgetKey {\n    workspace {\n      publicKey\n    }\n  }\n"): typeof import('./graphql.js').TrustedWidgetKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserIdentityEndSessions($visitorId: ID!) {\n    endVisitorSessions(visitorId: $visitorId) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').BrowserIdentityEndSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalTranscript($id: ID!) {\n    conversation(id: $id) {\n      status\n      handoff {\n        trigger\n        topic\n        actionLabel\n      }\n      messages(last: 5) {\n        edges {\n          node {\n            seq\n            authorKind\n            body\n            suggestionTrigger\n            suggestionTopic\n            suggestedActionIds\n            citations {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EvalTranscriptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EvalReaction($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq\n      kind\n      message {\n        authorKind\n      }\n      status {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').EvalReactionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalSignUp($i: SignUpInput!) {\n    signUp(input: $i) {\n      __typename\n      ... on AuthPayload {\n        token\n      }\n    }\n  }\n"): typeof import('./graphql.js').EvalSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalCreateDocument($i: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').EvalCreateDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalSettings($i: AssistantSettingsInput!) {\n    updateAssistantSettings(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').EvalSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalActions {\n    customActions {\n      id\n      label\n    }\n  }\n"): typeof import('./graphql.js').EvalActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalUpdateAction($id: ID!, $i: CustomActionInput!) {\n    updateCustomAction(actionId: $id, input: $i) {\n      __typename\n      ... on CustomAction {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').EvalUpdateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalCreateAction($i: CustomActionInput!) {\n    createCustomAction(input: $i) {\n      __typename\n      ... on CustomAction {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').EvalCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalCreateTopic($i: HandoffTopicInput!) {\n    createHandoffTopic(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').EvalCreateTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalPublicKey {\n    workspace {\n      publicKey\n    }\n  }\n"): typeof import('./graphql.js').EvalPublicKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalLastSeq($id: ID!) {\n    conversation(id: $id) {\n      lastSeq\n    }\n  }\n"): typeof import('./graphql.js').EvalLastSeqDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalSend($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').EvalSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalStartSession($i: StartWidgetSessionInput!) {\n    startWidgetSession(input: $i) {\n      __typename\n      ... on WidgetSession {\n        token\n        conversation {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EvalStartSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysCreate($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload {\n        secret\n        apiKey {\n          id\n          name\n          prefix\n          scopes\n          expiresAt\n          lastUsedAt\n          revokedAt\n          createdBy {\n            id\n          }\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on ForbiddenError {\n        missingScope\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysRevoke($id: ID!) {\n    revokeApiKey(apiKeyId: $id) {\n      __typename\n      ... on ApiKey {\n        id\n        revokedAt\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadKnowledgeDocument($input: KnowledgeDocumentInput!) {\n    createKnowledgeDocument(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').LoadKnowledgeDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Transcript($id: ID!) {\n    conversation(id: $id) {\n      status\n      messages(first: 100) {\n        edges {\n          node {\n            seq\n            authorKind\n            body\n            suggestionTrigger\n            suggestionTopic\n            suggestedActionIds\n            citations {\n              title\n              sourceUrl\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TranscriptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession {\n        token\n        resumed\n        visitorId\n        workspaceName\n        greeting\n        conversation {\n          id\n          status\n          lastSeq\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').StartSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on SendMessagePayload {\n        duplicate\n        sentMessage {\n          id\n          seq\n          body\n          authorKind\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').SendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAction($input: SubmitActionInput!) {\n    submitAction(input: $input) {\n      __typename\n      ... on HandoffPayload {\n        alreadyRequested\n        conversation {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').SubmitActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($input: ReplyInput!) {\n    replyToConversation(input: $input) {\n      __typename\n      ... on SendMessagePayload {\n        duplicate\n        sentMessage {\n          id\n          seq\n          body\n          internal\n          authorName\n        }\n      }\n      ... on OwnershipError {\n        owner\n        ownerName\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeOver($id: ID!) {\n    takeOver(conversationId: $id) {\n      __typename\n      ... on Conversation {\n        id\n        status\n        assignee {\n          id\n          name\n        }\n      }\n      ... on ConversationTakenError {\n        agentName\n        agentId\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').TakeOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAction($input: CustomActionInput!) {\n    createCustomAction(input: $input) {\n      __typename\n      ... on CustomAction {\n        id\n        label\n        enabled\n        position\n        fields {\n          key\n          label\n          type\n          required\n          options\n          maxLength\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Stream($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq\n      kind\n      message {\n        id\n        seq\n        body\n        authorKind\n        authorName\n        internal\n        clientId\n      }\n      status {\n        change\n        status\n        assigneeName\n      }\n      typing {\n        authorKind\n        name\n        isTyping\n      }\n      draft {\n        draftId\n        delta\n      }\n    }\n  }\n"): typeof import('./graphql.js').StreamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Inbox {\n    inboxEvents {\n      kind\n      agentName\n      conversation {\n        id\n        status\n        assigneeName\n        waitingSeconds\n        responseTargetBreachedAt\n        sessionMetadata {\n          pageUrl\n          pageTitle\n          referrer\n          locale\n          timezone\n          userAgent\n        }\n        handoff {\n          trigger\n          actionLabel\n          summary\n          capturedValues {\n            key\n            label\n            value\n          }\n          citedDocuments {\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicKey {\n    workspace {\n      publicKey\n    }\n  }\n"): typeof import('./graphql.js').PublicKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffFirstAction {\n    customActions {\n      id\n    }\n  }\n"): typeof import('./graphql.js').HandoffFirstActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityIdentify($input: IdentifyVisitorInput!) {\n    identifyVisitor(input: $input) {\n      __typename\n      ... on IdentifyVisitorPayload {\n        name\n        email\n        identityVerified\n        visitorToken\n      }\n      ... on IdentityVerificationError {\n        reason\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').IdentityIdentifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityRotateSecret {\n    rotateIdentitySecret {\n      __typename\n      ... on Workspace {\n        identitySecret\n        identityVerificationRequired\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').IdentityRotateSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityRequire($required: Boolean!) {\n    updateWorkspace(input: { identityVerificationRequired: $required }) {\n      __typename\n      ... on Workspace {\n        identityVerificationRequired\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').IdentityRequireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityConversationVisitor($id: ID!) {\n    conversation(id: $id) {\n      id\n      visitor {\n        id\n        name\n        email\n        externalId\n        identityVerified\n        externalIdVerified\n        emailVerified\n        attributes {\n          key\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').IdentityConversationVisitorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TestTeamPresence {\n    teamPresence {\n      presence\n      agent {\n        id\n        name\n        presence\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestTeamPresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSetAway($away: Boolean!) {\n    setAway(away: $away) {\n      __typename\n      ... on Agent {\n        id\n        away\n        presence\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestSetAwayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestTeamPresenceList {\n    workspace {\n      agents(first: 50) {\n        edges {\n          node {\n            id\n            name\n            presence\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestTeamPresenceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateAutoAssignment($input: UpdateAutoAssignmentInput!) {\n    updateAutoAssignment(input: $input) {\n      __typename\n      ... on Workspace {\n        autoAssignment\n        autoAssignCap\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestUpdateAutoAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestConversationWait($id: ID!) {\n    node(id: $id) {\n      ... on Conversation {\n        id\n        status\n        assignee {\n          id\n          name\n          presence\n        }\n        expectedWait {\n          availableAgents\n          queuePosition\n          estimateSeconds\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestConversationWaitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestEscalationAction {\n    customActions {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TestEscalationActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n        agent {\n          id\n          role\n          workspace {\n            id\n          }\n        }\n      }\n      ... on ValidationError {\n        message\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Invite($input: InviteAgentInput!) {\n    inviteAgent(input: $input) {\n      __typename\n      ... on InvitationPayload {\n        token\n        url\n        invitation {\n          id\n          email\n          role\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').InviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on AuthPayload {\n        token\n        agent {\n          id\n          role\n          email\n          workspace {\n            id\n          }\n        }\n      }\n      ... on InvitationInvalidError {\n        reason\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').AcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on WebhookEndpoint {\n        id\n        url\n        events\n        secret\n        enabled\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(endpointId: $id, input: $input) {\n      __typename\n      ... on WebhookEndpoint {\n        id\n        url\n        events\n        enabled\n        disabledAt\n        disabledReason\n        consecutiveFailures\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(endpointId: $id) {\n      __typename\n      ... on WebhookEndpoint {\n        secret\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').RotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(endpointId: $id) {\n      __typename\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(endpointId: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        event\n        status\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').SendTestWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(deliveryId: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        status\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').RedeliverWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      events\n      enabled\n      disabledAt\n      disabledReason\n      consecutiveFailures\n      deliveries(first: 20) {\n        edges {\n          node {\n            id\n            event\n            status\n            attemptCount\n            body\n            nextAttemptAt\n            deliveredAt\n            attempts {\n              attempt\n              statusCode\n              error\n              durationMs\n              requestHeaders\n              responseExcerpt\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebhookNotices {\n    webhookNotices {\n      kind\n      url\n      reason\n      endpoint {\n        id\n        enabled\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebhookNoticesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
