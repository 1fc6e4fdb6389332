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
    "\n  query BenchViewer { viewer { id name workspace { name } } }\n": typeof types.BenchViewerDocument,
    "\n  mutation BenchSend($i: SendMessageInput!) { sendMessage(input: $i) { __typename } }\n": typeof types.BenchSendDocument,
    "\n  subscription BenchResume($id: ID!, $after: Int) { conversationEvents(conversationId: $id, afterSeq: $after) { seq } }\n": typeof types.BenchResumeDocument,
    "\n  mutation BenchSignUp($i: SignUpInput!) { signUp(input: $i) { __typename ... on AuthPayload { token } } }\n": typeof types.BenchSignUpDocument,
    "\n  mutation BenchCreateDocument($input: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $input) { __typename } }\n": typeof types.BenchCreateDocumentDocument,
    "\n  query BenchPublicKey { workspace { publicKey } }\n": typeof types.BenchPublicKeyDocument,
    "\n  mutation BenchStartSession($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { __typename ... on WidgetSession { token conversation { id } } } }\n": typeof types.BenchStartSessionDocument,
    "\n  mutation BenchTakeOver($id: ID!) { takeOver(conversationId: $id) { __typename } }\n": typeof types.BenchTakeOverDocument,
    "\n  query OfflinePacket($id: ID!) { conversation(id: $id) { handoff { trigger citedDocuments { title } } } }\n": typeof types.OfflinePacketDocument,
    "\n  mutation OfflineStartAtOnce { updateAssistantSettings(input: { explicitRequestMode: START_HANDOFF }) { __typename ... on AssistantSettings { explicitRequestMode } } }\n": typeof types.OfflineStartAtOnceDocument,
    "\n  query OfflineUsage { day: aiUsage { period responses promptTokens } month: aiUsage(granularity: MONTH) { period responses } }\n": typeof types.OfflineUsageDocument,
    "\n  query OfflineUsageResponses { aiUsage { responses } }\n": typeof types.OfflineUsageResponsesDocument,
    "\n  mutation OpenAIInstructions($instructions: String!) { updateAssistantSettings(input: { instructions: $instructions }) { __typename } }\n": typeof types.OpenAiInstructionsDocument,
    "\n  mutation OpenAITypingOff($id: ID!) { setTyping(conversationId: $id, isTyping: false) { __typename } }\n": typeof types.OpenAiTypingOffDocument,
    "\n  query OpenAIUsage { aiUsage { responses promptTokens completionTokens } }\n": typeof types.OpenAiUsageDocument,
    "\n  mutation OpenAICreateAction($i: CustomActionInput!) { createCustomAction(input: $i) { __typename ... on CustomAction { id } } }\n": typeof types.OpenAiCreateActionDocument,
    "\n  mutation OpenAICreateTopic($i: HandoffTopicInput!) { createHandoffTopic(input: $i) { __typename } }\n": typeof types.OpenAiCreateTopicDocument,
    "\n  mutation OpenAILegalOff { setSensitiveTopic(key: \"legal\", enabled: false) { __typename ... on AssistantSettings { sensitiveTopics { key enabled } } } }\n": typeof types.OpenAiLegalOffDocument,
    "\n  query OpenAITranscript($id: ID!) { conversation(id: $id) { messages { edges { node { authorKind body } } } } }\n": typeof types.OpenAiTranscriptDocument,
    "\n  mutation PolicyCreateDocument($input: KnowledgeDocumentInput!) { r: createKnowledgeDocument(input: $input) { __typename ... on KnowledgeDocument { id } ... on ValidationError { fieldErrors { path message } } } }\n": typeof types.PolicyCreateDocumentDocument,
    "\n  mutation PolicyCreateTopic($i: HandoffTopicInput!) { r: createHandoffTopic(input: $i) { __typename ... on HandoffTopic { id name examples } ... on ValidationError { fieldErrors { path message } } } }\n": typeof types.PolicyCreateTopicDocument,
    "\n  mutation PolicySetBuiltIn($key: String!, $on: Boolean!) { r: setSensitiveTopic(key: $key, enabled: $on) { __typename ... on AssistantSettings { sensitiveTopics { key enabled } } ... on ValidationError { fieldErrors { path message } } } }\n": typeof types.PolicySetBuiltInDocument,
    "\n  query PolicyGaps { contentGaps { question count examples conversationIds } }\n": typeof types.PolicyGapsDocument,
    "\n  query PolicyPacket($id: ID!) { conversation(id: $id) { handoff { trigger topic topicName summary } } }\n": typeof types.PolicyPacketDocument,
    "\n  mutation PolicyInstructions($instructions: String!) { updateAssistantSettings(input: { instructions: $instructions }) { __typename ... on AssistantSettings { instructionTopics } } }\n": typeof types.PolicyInstructionsDocument,
    "\n  query PolicyInstructionTopics { assistantSettings { instructionTopics } }\n": typeof types.PolicyInstructionTopicsDocument,
    "\n  mutation PolicyCreateAction($i: CustomActionInput!) { createCustomAction(input: $i) { __typename ... on CustomAction { id } } }\n": typeof types.PolicyCreateActionDocument,
    "\n  query PolicyActionIds { customActions { id } }\n": typeof types.PolicyActionIdsDocument,
    "\n  mutation PolicyFromReply($m: ID!) { r: createKnowledgeFromReply(messageId: $m) { __typename ... on KnowledgeDocument { title content } ... on ValidationError { fieldErrors { path } } } }\n": typeof types.PolicyFromReplyDocument,
    "\n  query PolicyFirstMessage($id: ID!) { conversation(id: $id) { messages(first: 1) { edges { node { id } } } } }\n": typeof types.PolicyFirstMessageDocument,
    "\n  query BadInputViewer { viewer { id } }\n": typeof types.BadInputViewerDocument,
    "\n  mutation BadInputLogIn($input: LogInInput!) {\n    logIn(input: $input) { __typename ... on Error { message code } ... on AuthPayload { token } }\n  }\n": typeof types.BadInputLogInDocument,
    "\n  mutation BadInputLogOut { logOut { __typename } }\n": typeof types.BadInputLogOutDocument,
    "\n  mutation BadInputRevoke($id: ID!) { revokeInvitation(invitationId: $id) { __typename ... on Invitation { revokedAt } } }\n": typeof types.BadInputRevokeDocument,
    "\n  mutation BadInputInvite($input: InviteAgentInput!) { r: inviteAgent(input: $input) { __typename ... on Error { code message } } }\n": typeof types.BadInputInviteDocument,
    "\n  mutation BadInputPromote($id: ID!) { r: changeAgentRole(agentId: $id, role: ADMIN) { __typename ... on Error { code message } } }\n": typeof types.BadInputPromoteDocument,
    "\n  mutation BadInputDeactivate($id: ID!) { r: deactivateAgent(agentId: $id) { __typename ... on Error { code message } } }\n": typeof types.BadInputDeactivateDocument,
    "\n  mutation BadInputUpdateWorkspace($input: UpdateWorkspaceInput!) { r: updateWorkspace(input: $input) { __typename ... on Error { code message } } }\n": typeof types.BadInputUpdateWorkspaceDocument,
    "\n  query BadInputPending { workspace { name pendingInvitations { totalCount } } }\n": typeof types.BadInputPendingDocument,
    "\n  mutation BadInputMakeOwner($id: ID!) { r: changeAgentRole(agentId: $id, role: OWNER) { __typename ... on Error { code } } }\n": typeof types.BadInputMakeOwnerDocument,
    "\n  mutation BadInputDemote($id: ID!) { r: changeAgentRole(agentId: $id, role: AGENT) { __typename ... on NotFoundError { entity } } }\n": typeof types.BadInputDemoteDocument,
    "\n  query BadInputNode($id: ID!) { node(id: $id) { __typename id ... on Agent { email } ... on Workspace { name } } }\n": typeof types.BadInputNodeDocument,
    "\n  mutation BadInputRevokeForeign($id: ID!) { r: revokeInvitation(invitationId: $id) { __typename ... on NotFoundError { entity } } }\n": typeof types.BadInputRevokeForeignDocument,
    "\n  mutation BadInputDeactivateForeign($id: ID!) { r: deactivateAgent(agentId: $id) { __typename ... on NotFoundError { entity } ... on Error { message } } }\n": typeof types.BadInputDeactivateForeignDocument,
    "\n  query ViewerCan($id: ID!) {\n    conversation(id: $id) {\n      status\n      viewerCan { takeOver release reassign handBack resolve reply }\n    }\n  }\n": typeof types.ViewerCanDocument,
    "\n  mutation ReleaseForPermissions($id: ID!) {\n    releaseConversation(conversationId: $id) {\n      __typename\n      ... on Error { code }\n    }\n  }\n": typeof types.ReleaseForPermissionsDocument,
    "\n  query PermissionActions { customActions { id } }\n": typeof types.PermissionActionsDocument,
    "\n  query MeIsAdmin { viewer { role isAdmin } }\n": typeof types.MeIsAdminDocument,
    "\n  query HandoffBadInputRead($id: ID!) { conversation(id: $id) { id } node(id: $id) { id } }\n": typeof types.HandoffBadInputReadDocument,
    "\n  mutation HandoffBadInputAllowOrigin { updateWorkspace(input: { allowedOrigins: [\"https://shop.example.com\"] }) { __typename } }\n": typeof types.HandoffBadInputAllowOriginDocument,
    "\n  query HandoffBadInputHistory($id: ID!) { conversation(id: $id) { messages { edges { node { authorKind body } } } } }\n": typeof types.HandoffBadInputHistoryDocument,
    "\n  mutation HandoffBadInputIdentify($input: IdentifyVisitorInput!) { identifyVisitor(input: $input) { __typename ... on IdentifyVisitorPayload { name email } ... on ValidationError { fieldErrors { path message } } } }\n": typeof types.HandoffBadInputIdentifyDocument,
    "\n  query HandoffBadInputVisitor($id: ID!) { conversation(id: $id) { visitor { name email externalId attributes { key value } } } }\n": typeof types.HandoffBadInputVisitorDocument,
    "\n  query HandoffActions { customActions { id label enabled fields { key } } }\n": typeof types.HandoffActionsDocument,
    "\n  query HandoffVisitorActions { customActions { id label fields { key label type required options } } }\n": typeof types.HandoffVisitorActionsDocument,
    "\n  mutation HandoffCreateDocument($input: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $input) { __typename ... on KnowledgeDocument { id } } }\n": typeof types.HandoffCreateDocumentDocument,
    "\n  query HandoffQueue { conversations(status: [QUEUED]) { edges { node { id messages { edges { node { authorKind body } } } } } } }\n": typeof types.HandoffQueueDocument,
    "\n  query HandoffTimed($id: ID!) { conversation(id: $id) { firstHumanReplyAt waitingSeconds } }\n": typeof types.HandoffTimedDocument,
    "\n  mutation HandoffResolve($id: ID!) { resolveConversation(conversationId: $id) { __typename ... on Conversation { status resolvedAt } } }\n": typeof types.HandoffResolveDocument,
    "\n  query InboxActionIds { customActions { id } }\n": typeof types.InboxActionIdsDocument,
    "\n  query InboxNextPage($after: String) { conversations(first: 1, after: $after, status: [QUEUED]) { edges { node { id } } pageInfo { hasNextPage } } }\n": typeof types.InboxNextPageDocument,
    "\n  query InboxAsVisitor { conversations(first: 5) { edges { node { id } } } }\n": typeof types.InboxAsVisitorDocument,
    "\n  mutation InboxUpdateAction($id: ID!, $input: CustomActionInput!) { updateCustomAction(actionId: $id, input: $input) { __typename ... on CustomAction { label fields { key type required options } } } }\n": typeof types.InboxUpdateActionDocument,
    "\n  mutation InboxReorder($ids: [ID!]!) { reorderCustomActions(actionIds: $ids) { __typename ... on ValidationError { fieldErrors { path } } } }\n": typeof types.InboxReorderDocument,
    "\n  mutation InboxDisableAction($id: ID!) { setCustomActionEnabled(actionId: $id, enabled: false) { __typename } }\n": typeof types.InboxDisableActionDocument,
    "\n  query InboxActionLabels { customActions { label } }\n": typeof types.InboxActionLabelsDocument,
    "\n  query InboxAllActions { customActions { label enabled position } }\n": typeof types.InboxAllActionsDocument,
    "\n  mutation InboxDeleteAction($id: ID!) { deleteCustomAction(actionId: $id) { __typename ... on CustomAction { label } } }\n": typeof types.InboxDeleteActionDocument,
    "\n  mutation InboxReplyOnIt($id: ID!) { replyToConversation(input: { conversationId: $id, body: \"On it!\" }) { __typename } }\n": typeof types.InboxReplyOnItDocument,
    "\n  query InboxBreachView($a: ID!, $b: ID!) { a: conversation(id: $a) { responseTargetBreachedAt waitingSeconds } b: conversation(id: $b) { responseTargetBreachedAt firstHumanReplyAt } }\n": typeof types.InboxBreachViewDocument,
    "\n  query InboxPage($first: Int!, $status: [ConversationStatus!], $assignee: AssigneeFilter) {\n    conversations(first: $first, status: $status, assignee: $assignee) {\n      totalCount: edges { cursor }\n      pageInfo { hasNextPage endCursor }\n      edges { node {\n        id status assigneeName waitingSeconds responseDueAt\n        assignee { name }\n        visitor { id }\n        lastMessage { body authorKind }\n        sessionMetadata { pageUrl }\n        handoff { trigger summary actionLabel capturedValues { key value } citedDocuments { title } }\n      } }\n    }\n  }\n": typeof types.InboxPageDocument,
    "\n  mutation KnowledgeCreate($input: KnowledgeDocumentInput!) { r: createKnowledgeDocument(input: $input) { __typename ... on KnowledgeDocument { id title } ... on ValidationError { fieldErrors { path message } } } }\n": typeof types.KnowledgeCreateDocument,
    "\n  mutation KnowledgeUpdate($id: ID!, $input: KnowledgeDocumentInput!) { r: updateKnowledgeDocument(documentId: $id, input: $input) { __typename } }\n": typeof types.KnowledgeUpdateDocument,
    "\n  mutation KnowledgeDelete($id: ID!) { r: deleteKnowledgeDocument(documentId: $id) { __typename } }\n": typeof types.KnowledgeDeleteDocument,
    "\n  query KnowledgeList { knowledgeDocuments { edges { node { title } } } }\n": typeof types.KnowledgeListDocument,
    "\n  query KnowledgeNode($id: ID!) { node(id: $id) { id } }\n": typeof types.KnowledgeNodeDocument,
    "\n  mutation KnowledgeSettings($input: AssistantSettingsInput!) { r: updateAssistantSettings(input: $input) { __typename ... on AssistantSettings { greeting confidenceThreshold frustrationDetection provider } ... on ValidationError { fieldErrors { path } } } }\n": typeof types.KnowledgeSettingsDocument,
    "\n  query KnowledgeGreeting { assistantSettings { greeting } }\n": typeof types.KnowledgeGreetingDocument,
    "\n  mutation KnowledgeWidgetGreeting($k: String!) { startWidgetSession(input: { publicKey: $k }) { __typename ... on WidgetSession { greeting } } }\n": typeof types.KnowledgeWidgetGreetingDocument,
    "\n  query MultiInstanceViewer { viewer { name } }\n": typeof types.MultiInstanceViewerDocument,
    "\n  query MultiInstanceActions { customActions { id } }\n": typeof types.MultiInstanceActionsDocument,
    "\n  mutation TwoLogIns($email: String!, $first: String!, $second: String!) {\n    a: logIn(input: { email: $email, password: $first }) {\n      __typename\n      ... on AuthPayload { agent { name workspace { name } } }\n      ... on Error { code }\n    }\n    b: logIn(input: { email: $email, password: $second }) {\n      __typename\n      ... on AuthPayload { token }\n      ... on Error { code message }\n    }\n  }\n": typeof types.TwoLogInsDocument,
    "\n  query StreamResumeActions { customActions { id } }\n": typeof types.StreamResumeActionsDocument,
    "\n  mutation StreamResumeTyping($id: ID!, $on: Boolean!) { setTyping(conversationId: $id, isTyping: $on) { __typename } }\n": typeof types.StreamResumeTypingDocument,
    "\n  query TakeoverActions { customActions { id label } }\n": typeof types.TakeoverActionsDocument,
    "\n  mutation TakeoverRelease($id: ID!) { r: releaseConversation(conversationId: $id) { __typename ... on Conversation { status assigneeName } ... on ConversationTakenError { agentName } ... on Error { code message } } }\n": typeof types.TakeoverReleaseDocument,
    "\n  mutation TakeoverHandBack($id: ID!) { r: handBackConversation(conversationId: $id) { __typename ... on Conversation { status assigneeName } ... on ConversationTakenError { agentName } ... on Error { code message } } }\n": typeof types.TakeoverHandBackDocument,
    "\n  mutation TakeoverResolve($id: ID!) { r: resolveConversation(conversationId: $id) { __typename ... on Conversation { status assigneeName } ... on ConversationTakenError { agentName } ... on Error { code message } } }\n": typeof types.TakeoverResolveDocument,
    "\n  mutation TakeoverReassign($id: ID!, $agent: ID!) { r: reassignConversation(conversationId: $id, agentId: $agent) { __typename ... on Conversation { status assigneeName } } }\n": typeof types.TakeoverReassignDocument,
    "\n  query TakeoverStatus($id: ID!) { conversation(id: $id) { status } }\n": typeof types.TakeoverStatusDocument,
    "\n  query TeamViewer {\n    viewer { id name email role active workspace { id name publicKey responseTimeTargetSeconds } }\n  }\n": typeof types.TeamViewerDocument,
    "\n  mutation TeamLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on AuthPayload { token expiresAt agent { id email } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.TeamLogInDocument,
    "\n  mutation TeamSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthPayload { token agent { id name email role workspace { id name publicKey widgetSnippet } } }\n    }\n  }\n": typeof types.TeamSignUpDocument,
    "\n  query TeamInvitationPreview($token: String!) { invitation(token: $token) { __typename ... on InvitationPreview { email role workspaceName } } }\n": typeof types.TeamInvitationPreviewDocument,
    "\n  query TeamPendingInvitations { workspace { pendingInvitations { totalCount edges { node { email } } } } }\n": typeof types.TeamPendingInvitationsDocument,
    "\n  query TeamMembers { workspace { agents { totalCount edges { node { name role active } } } pendingInvitations { totalCount } } }\n": typeof types.TeamMembersDocument,
    "\n  mutation TeamPromote($id: ID!) { changeAgentRole(agentId: $id, role: ADMIN) { __typename ... on Agent { role } ... on Error { code } } }\n": typeof types.TeamPromoteDocument,
    "\n  mutation TeamDeactivate($id: ID!) { deactivateAgent(agentId: $id) { __typename ... on Agent { active deactivatedAt } } }\n": typeof types.TeamDeactivateDocument,
    "\n  mutation TeamReactivate($id: ID!) { reactivateAgent(agentId: $id) { __typename ... on Agent { active } } }\n": typeof types.TeamReactivateDocument,
    "\n  mutation TeamUpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) { __typename ... on Workspace { name responseTimeTargetSeconds allowedOrigins } }\n  }\n": typeof types.TeamUpdateWorkspaceDocument,
    "\n  mutation TeamLogOut { logOut { __typename ... on LogOutPayload { ok } } }\n": typeof types.TeamLogOutDocument,
    "\n  query BrowserPolicy { assistantSettings { sensitiveTopics { key enabled } instructionTopics } handoffTopics { name examples enabled } }\n": typeof types.BrowserPolicyDocument,
    "\n  query BrowserPolicyTopicIds { handoffTopics { id } }\n": typeof types.BrowserPolicyTopicIdsDocument,
    "\n  mutation BrowserPolicyResolve($id: ID!) { resolveConversation(conversationId: $id) { __typename ... on Conversation { status } } }\n": typeof types.BrowserPolicyResolveDocument,
    "\n  query BrowserPolicyGaps { contentGaps { question count examples conversationIds } }\n": typeof types.BrowserPolicyGapsDocument,
    "\n  mutation BrowserInboxSignUp($i: SignUpInput!) { signUp(input: $i) { __typename ... on AuthPayload { token agent { workspace { publicKey } } } } }\n": typeof types.BrowserInboxSignUpDocument,
    "\n  query BrowserInboxActionLabels { customActions { label fields { key type } } }\n": typeof types.BrowserInboxActionLabelsDocument,
    "\n  query BrowserInboxVisitorActions { customActions { id label fields { key } } }\n": typeof types.BrowserInboxVisitorActionsDocument,
    "\n  query BrowserInboxActionIds { customActions { id } }\n": typeof types.BrowserInboxActionIdsDocument,
    "\n  query BrowserInboxAssignee($id: ID!) { conversation(id: $id) { assigneeName } }\n": typeof types.BrowserInboxAssigneeDocument,
    "\n  query BrowserInboxSeqs($id: ID!) { conversation(id: $id) { messages { edges { node { seq } } } } }\n": typeof types.BrowserInboxSeqsDocument,
    "\n  query EvalTranscript($id: ID!) {\n    conversation(id: $id) {\n      status\n      handoff { trigger topic actionLabel }\n      messages(last: 5) { edges { node { seq authorKind body suggestionTrigger suggestionTopic suggestedActionIds citations { title } } } }\n    }\n  }\n": typeof types.EvalTranscriptDocument,
    "\n  subscription EvalReaction($id: ID!, $after: Int) { conversationEvents(conversationId: $id, afterSeq: $after) { seq kind message { authorKind } status { status } } }\n": typeof types.EvalReactionDocument,
    "\n  mutation EvalSignUp($i: SignUpInput!) { signUp(input: $i) { __typename ... on AuthPayload { token } } }\n": typeof types.EvalSignUpDocument,
    "\n  mutation EvalCreateDocument($i: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $i) { __typename } }\n": typeof types.EvalCreateDocumentDocument,
    "\n  mutation EvalSettings($i: AssistantSettingsInput!) { updateAssistantSettings(input: $i) { __typename } }\n": typeof types.EvalSettingsDocument,
    "\n  query EvalActions { customActions { id label } }\n": typeof types.EvalActionsDocument,
    "\n  mutation EvalUpdateAction($id: ID!, $i: CustomActionInput!) { updateCustomAction(actionId: $id, input: $i) { __typename ... on CustomAction { id } } }\n": typeof types.EvalUpdateActionDocument,
    "\n  mutation EvalCreateAction($i: CustomActionInput!) { createCustomAction(input: $i) { __typename ... on CustomAction { id } } }\n": typeof types.EvalCreateActionDocument,
    "\n  mutation EvalCreateTopic($i: HandoffTopicInput!) { createHandoffTopic(input: $i) { __typename } }\n": typeof types.EvalCreateTopicDocument,
    "\n  query EvalPublicKey { workspace { publicKey } }\n": typeof types.EvalPublicKeyDocument,
    "\n  query EvalLastSeq($id: ID!) { conversation(id: $id) { lastSeq } }\n": typeof types.EvalLastSeqDocument,
    "\n  mutation EvalSend($i: SendMessageInput!) { sendMessage(input: $i) { __typename } }\n": typeof types.EvalSendDocument,
    "\n  mutation EvalStartSession($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { __typename ... on WidgetSession { token conversation { id } } } }\n": typeof types.EvalStartSessionDocument,
    "\n  mutation LoadKnowledgeDocument($input: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $input) { __typename } }\n": typeof types.LoadKnowledgeDocumentDocument,
    "\n  query Transcript($id: ID!) {\n    conversation(id: $id) {\n      status\n      messages(first: 100) { edges { node { seq authorKind body suggestionTrigger suggestionTopic suggestedActionIds citations { title sourceUrl } } } }\n    }\n  }\n": typeof types.TranscriptDocument,
    "\n  mutation StartSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession { token resumed visitorId workspaceName greeting conversation { id status lastSeq } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.StartSessionDocument,
    "\n  mutation Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on SendMessagePayload { duplicate sentMessage { id seq body authorKind } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.SendDocument,
    "\n  mutation SubmitAction($input: SubmitActionInput!) {\n    submitAction(input: $input) {\n      __typename\n      ... on HandoffPayload { alreadyRequested conversation { id status } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.SubmitActionDocument,
    "\n  mutation Reply($input: ReplyInput!) {\n    replyToConversation(input: $input) {\n      __typename\n      ... on SendMessagePayload { duplicate sentMessage { id seq body internal authorName } }\n      ... on OwnershipError { owner ownerName }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.ReplyDocument,
    "\n  mutation TakeOver($id: ID!) {\n    takeOver(conversationId: $id) {\n      __typename\n      ... on Conversation { id status assignee { id name } }\n      ... on ConversationTakenError { agentName agentId }\n      ... on Error { message code }\n    }\n  }\n": typeof types.TakeOverDocument,
    "\n  mutation CreateAction($input: CustomActionInput!) {\n    createCustomAction(input: $input) {\n      __typename\n      ... on CustomAction { id label enabled position fields { key label type required options maxLength } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.CreateActionDocument,
    "\n  subscription Stream($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq kind\n      message { id seq body authorKind authorName internal clientId }\n      status { change status assigneeName }\n      typing { authorKind name isTyping }\n      draft { draftId delta }\n    }\n  }\n": typeof types.StreamDocument,
    "\n  subscription Inbox {\n    inboxEvents {\n      kind agentName\n      conversation {\n        id status assigneeName waitingSeconds responseTargetBreachedAt\n        sessionMetadata { pageUrl pageTitle referrer locale timezone userAgent }\n        handoff { trigger actionLabel summary capturedValues { key label value } citedDocuments { title } }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query PublicKey { workspace { publicKey } }\n": typeof types.PublicKeyDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthPayload { token agent { id role workspace { id } } }\n      ... on ValidationError { message fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation Invite($input: InviteAgentInput!) {\n    inviteAgent(input: $input) {\n      __typename\n      ... on InvitationPayload { token url invitation { id email role } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.InviteDocument,
    "\n  mutation Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on AuthPayload { token agent { id role email workspace { id } } }\n      ... on InvitationInvalidError { reason }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.AcceptDocument,
};
const documents: Documents = {
    "\n  query BenchViewer { viewer { id name workspace { name } } }\n": types.BenchViewerDocument,
    "\n  mutation BenchSend($i: SendMessageInput!) { sendMessage(input: $i) { __typename } }\n": types.BenchSendDocument,
    "\n  subscription BenchResume($id: ID!, $after: Int) { conversationEvents(conversationId: $id, afterSeq: $after) { seq } }\n": types.BenchResumeDocument,
    "\n  mutation BenchSignUp($i: SignUpInput!) { signUp(input: $i) { __typename ... on AuthPayload { token } } }\n": types.BenchSignUpDocument,
    "\n  mutation BenchCreateDocument($input: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $input) { __typename } }\n": types.BenchCreateDocumentDocument,
    "\n  query BenchPublicKey { workspace { publicKey } }\n": types.BenchPublicKeyDocument,
    "\n  mutation BenchStartSession($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { __typename ... on WidgetSession { token conversation { id } } } }\n": types.BenchStartSessionDocument,
    "\n  mutation BenchTakeOver($id: ID!) { takeOver(conversationId: $id) { __typename } }\n": types.BenchTakeOverDocument,
    "\n  query OfflinePacket($id: ID!) { conversation(id: $id) { handoff { trigger citedDocuments { title } } } }\n": types.OfflinePacketDocument,
    "\n  mutation OfflineStartAtOnce { updateAssistantSettings(input: { explicitRequestMode: START_HANDOFF }) { __typename ... on AssistantSettings { explicitRequestMode } } }\n": types.OfflineStartAtOnceDocument,
    "\n  query OfflineUsage { day: aiUsage { period responses promptTokens } month: aiUsage(granularity: MONTH) { period responses } }\n": types.OfflineUsageDocument,
    "\n  query OfflineUsageResponses { aiUsage { responses } }\n": types.OfflineUsageResponsesDocument,
    "\n  mutation OpenAIInstructions($instructions: String!) { updateAssistantSettings(input: { instructions: $instructions }) { __typename } }\n": types.OpenAiInstructionsDocument,
    "\n  mutation OpenAITypingOff($id: ID!) { setTyping(conversationId: $id, isTyping: false) { __typename } }\n": types.OpenAiTypingOffDocument,
    "\n  query OpenAIUsage { aiUsage { responses promptTokens completionTokens } }\n": types.OpenAiUsageDocument,
    "\n  mutation OpenAICreateAction($i: CustomActionInput!) { createCustomAction(input: $i) { __typename ... on CustomAction { id } } }\n": types.OpenAiCreateActionDocument,
    "\n  mutation OpenAICreateTopic($i: HandoffTopicInput!) { createHandoffTopic(input: $i) { __typename } }\n": types.OpenAiCreateTopicDocument,
    "\n  mutation OpenAILegalOff { setSensitiveTopic(key: \"legal\", enabled: false) { __typename ... on AssistantSettings { sensitiveTopics { key enabled } } } }\n": types.OpenAiLegalOffDocument,
    "\n  query OpenAITranscript($id: ID!) { conversation(id: $id) { messages { edges { node { authorKind body } } } } }\n": types.OpenAiTranscriptDocument,
    "\n  mutation PolicyCreateDocument($input: KnowledgeDocumentInput!) { r: createKnowledgeDocument(input: $input) { __typename ... on KnowledgeDocument { id } ... on ValidationError { fieldErrors { path message } } } }\n": types.PolicyCreateDocumentDocument,
    "\n  mutation PolicyCreateTopic($i: HandoffTopicInput!) { r: createHandoffTopic(input: $i) { __typename ... on HandoffTopic { id name examples } ... on ValidationError { fieldErrors { path message } } } }\n": types.PolicyCreateTopicDocument,
    "\n  mutation PolicySetBuiltIn($key: String!, $on: Boolean!) { r: setSensitiveTopic(key: $key, enabled: $on) { __typename ... on AssistantSettings { sensitiveTopics { key enabled } } ... on ValidationError { fieldErrors { path message } } } }\n": types.PolicySetBuiltInDocument,
    "\n  query PolicyGaps { contentGaps { question count examples conversationIds } }\n": types.PolicyGapsDocument,
    "\n  query PolicyPacket($id: ID!) { conversation(id: $id) { handoff { trigger topic topicName summary } } }\n": types.PolicyPacketDocument,
    "\n  mutation PolicyInstructions($instructions: String!) { updateAssistantSettings(input: { instructions: $instructions }) { __typename ... on AssistantSettings { instructionTopics } } }\n": types.PolicyInstructionsDocument,
    "\n  query PolicyInstructionTopics { assistantSettings { instructionTopics } }\n": types.PolicyInstructionTopicsDocument,
    "\n  mutation PolicyCreateAction($i: CustomActionInput!) { createCustomAction(input: $i) { __typename ... on CustomAction { id } } }\n": types.PolicyCreateActionDocument,
    "\n  query PolicyActionIds { customActions { id } }\n": types.PolicyActionIdsDocument,
    "\n  mutation PolicyFromReply($m: ID!) { r: createKnowledgeFromReply(messageId: $m) { __typename ... on KnowledgeDocument { title content } ... on ValidationError { fieldErrors { path } } } }\n": types.PolicyFromReplyDocument,
    "\n  query PolicyFirstMessage($id: ID!) { conversation(id: $id) { messages(first: 1) { edges { node { id } } } } }\n": types.PolicyFirstMessageDocument,
    "\n  query BadInputViewer { viewer { id } }\n": types.BadInputViewerDocument,
    "\n  mutation BadInputLogIn($input: LogInInput!) {\n    logIn(input: $input) { __typename ... on Error { message code } ... on AuthPayload { token } }\n  }\n": types.BadInputLogInDocument,
    "\n  mutation BadInputLogOut { logOut { __typename } }\n": types.BadInputLogOutDocument,
    "\n  mutation BadInputRevoke($id: ID!) { revokeInvitation(invitationId: $id) { __typename ... on Invitation { revokedAt } } }\n": types.BadInputRevokeDocument,
    "\n  mutation BadInputInvite($input: InviteAgentInput!) { r: inviteAgent(input: $input) { __typename ... on Error { code message } } }\n": types.BadInputInviteDocument,
    "\n  mutation BadInputPromote($id: ID!) { r: changeAgentRole(agentId: $id, role: ADMIN) { __typename ... on Error { code message } } }\n": types.BadInputPromoteDocument,
    "\n  mutation BadInputDeactivate($id: ID!) { r: deactivateAgent(agentId: $id) { __typename ... on Error { code message } } }\n": types.BadInputDeactivateDocument,
    "\n  mutation BadInputUpdateWorkspace($input: UpdateWorkspaceInput!) { r: updateWorkspace(input: $input) { __typename ... on Error { code message } } }\n": types.BadInputUpdateWorkspaceDocument,
    "\n  query BadInputPending { workspace { name pendingInvitations { totalCount } } }\n": types.BadInputPendingDocument,
    "\n  mutation BadInputMakeOwner($id: ID!) { r: changeAgentRole(agentId: $id, role: OWNER) { __typename ... on Error { code } } }\n": types.BadInputMakeOwnerDocument,
    "\n  mutation BadInputDemote($id: ID!) { r: changeAgentRole(agentId: $id, role: AGENT) { __typename ... on NotFoundError { entity } } }\n": types.BadInputDemoteDocument,
    "\n  query BadInputNode($id: ID!) { node(id: $id) { __typename id ... on Agent { email } ... on Workspace { name } } }\n": types.BadInputNodeDocument,
    "\n  mutation BadInputRevokeForeign($id: ID!) { r: revokeInvitation(invitationId: $id) { __typename ... on NotFoundError { entity } } }\n": types.BadInputRevokeForeignDocument,
    "\n  mutation BadInputDeactivateForeign($id: ID!) { r: deactivateAgent(agentId: $id) { __typename ... on NotFoundError { entity } ... on Error { message } } }\n": types.BadInputDeactivateForeignDocument,
    "\n  query ViewerCan($id: ID!) {\n    conversation(id: $id) {\n      status\n      viewerCan { takeOver release reassign handBack resolve reply }\n    }\n  }\n": types.ViewerCanDocument,
    "\n  mutation ReleaseForPermissions($id: ID!) {\n    releaseConversation(conversationId: $id) {\n      __typename\n      ... on Error { code }\n    }\n  }\n": types.ReleaseForPermissionsDocument,
    "\n  query PermissionActions { customActions { id } }\n": types.PermissionActionsDocument,
    "\n  query MeIsAdmin { viewer { role isAdmin } }\n": types.MeIsAdminDocument,
    "\n  query HandoffBadInputRead($id: ID!) { conversation(id: $id) { id } node(id: $id) { id } }\n": types.HandoffBadInputReadDocument,
    "\n  mutation HandoffBadInputAllowOrigin { updateWorkspace(input: { allowedOrigins: [\"https://shop.example.com\"] }) { __typename } }\n": types.HandoffBadInputAllowOriginDocument,
    "\n  query HandoffBadInputHistory($id: ID!) { conversation(id: $id) { messages { edges { node { authorKind body } } } } }\n": types.HandoffBadInputHistoryDocument,
    "\n  mutation HandoffBadInputIdentify($input: IdentifyVisitorInput!) { identifyVisitor(input: $input) { __typename ... on IdentifyVisitorPayload { name email } ... on ValidationError { fieldErrors { path message } } } }\n": types.HandoffBadInputIdentifyDocument,
    "\n  query HandoffBadInputVisitor($id: ID!) { conversation(id: $id) { visitor { name email externalId attributes { key value } } } }\n": types.HandoffBadInputVisitorDocument,
    "\n  query HandoffActions { customActions { id label enabled fields { key } } }\n": types.HandoffActionsDocument,
    "\n  query HandoffVisitorActions { customActions { id label fields { key label type required options } } }\n": types.HandoffVisitorActionsDocument,
    "\n  mutation HandoffCreateDocument($input: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $input) { __typename ... on KnowledgeDocument { id } } }\n": types.HandoffCreateDocumentDocument,
    "\n  query HandoffQueue { conversations(status: [QUEUED]) { edges { node { id messages { edges { node { authorKind body } } } } } } }\n": types.HandoffQueueDocument,
    "\n  query HandoffTimed($id: ID!) { conversation(id: $id) { firstHumanReplyAt waitingSeconds } }\n": types.HandoffTimedDocument,
    "\n  mutation HandoffResolve($id: ID!) { resolveConversation(conversationId: $id) { __typename ... on Conversation { status resolvedAt } } }\n": types.HandoffResolveDocument,
    "\n  query InboxActionIds { customActions { id } }\n": types.InboxActionIdsDocument,
    "\n  query InboxNextPage($after: String) { conversations(first: 1, after: $after, status: [QUEUED]) { edges { node { id } } pageInfo { hasNextPage } } }\n": types.InboxNextPageDocument,
    "\n  query InboxAsVisitor { conversations(first: 5) { edges { node { id } } } }\n": types.InboxAsVisitorDocument,
    "\n  mutation InboxUpdateAction($id: ID!, $input: CustomActionInput!) { updateCustomAction(actionId: $id, input: $input) { __typename ... on CustomAction { label fields { key type required options } } } }\n": types.InboxUpdateActionDocument,
    "\n  mutation InboxReorder($ids: [ID!]!) { reorderCustomActions(actionIds: $ids) { __typename ... on ValidationError { fieldErrors { path } } } }\n": types.InboxReorderDocument,
    "\n  mutation InboxDisableAction($id: ID!) { setCustomActionEnabled(actionId: $id, enabled: false) { __typename } }\n": types.InboxDisableActionDocument,
    "\n  query InboxActionLabels { customActions { label } }\n": types.InboxActionLabelsDocument,
    "\n  query InboxAllActions { customActions { label enabled position } }\n": types.InboxAllActionsDocument,
    "\n  mutation InboxDeleteAction($id: ID!) { deleteCustomAction(actionId: $id) { __typename ... on CustomAction { label } } }\n": types.InboxDeleteActionDocument,
    "\n  mutation InboxReplyOnIt($id: ID!) { replyToConversation(input: { conversationId: $id, body: \"On it!\" }) { __typename } }\n": types.InboxReplyOnItDocument,
    "\n  query InboxBreachView($a: ID!, $b: ID!) { a: conversation(id: $a) { responseTargetBreachedAt waitingSeconds } b: conversation(id: $b) { responseTargetBreachedAt firstHumanReplyAt } }\n": types.InboxBreachViewDocument,
    "\n  query InboxPage($first: Int!, $status: [ConversationStatus!], $assignee: AssigneeFilter) {\n    conversations(first: $first, status: $status, assignee: $assignee) {\n      totalCount: edges { cursor }\n      pageInfo { hasNextPage endCursor }\n      edges { node {\n        id status assigneeName waitingSeconds responseDueAt\n        assignee { name }\n        visitor { id }\n        lastMessage { body authorKind }\n        sessionMetadata { pageUrl }\n        handoff { trigger summary actionLabel capturedValues { key value } citedDocuments { title } }\n      } }\n    }\n  }\n": types.InboxPageDocument,
    "\n  mutation KnowledgeCreate($input: KnowledgeDocumentInput!) { r: createKnowledgeDocument(input: $input) { __typename ... on KnowledgeDocument { id title } ... on ValidationError { fieldErrors { path message } } } }\n": types.KnowledgeCreateDocument,
    "\n  mutation KnowledgeUpdate($id: ID!, $input: KnowledgeDocumentInput!) { r: updateKnowledgeDocument(documentId: $id, input: $input) { __typename } }\n": types.KnowledgeUpdateDocument,
    "\n  mutation KnowledgeDelete($id: ID!) { r: deleteKnowledgeDocument(documentId: $id) { __typename } }\n": types.KnowledgeDeleteDocument,
    "\n  query KnowledgeList { knowledgeDocuments { edges { node { title } } } }\n": types.KnowledgeListDocument,
    "\n  query KnowledgeNode($id: ID!) { node(id: $id) { id } }\n": types.KnowledgeNodeDocument,
    "\n  mutation KnowledgeSettings($input: AssistantSettingsInput!) { r: updateAssistantSettings(input: $input) { __typename ... on AssistantSettings { greeting confidenceThreshold frustrationDetection provider } ... on ValidationError { fieldErrors { path } } } }\n": types.KnowledgeSettingsDocument,
    "\n  query KnowledgeGreeting { assistantSettings { greeting } }\n": types.KnowledgeGreetingDocument,
    "\n  mutation KnowledgeWidgetGreeting($k: String!) { startWidgetSession(input: { publicKey: $k }) { __typename ... on WidgetSession { greeting } } }\n": types.KnowledgeWidgetGreetingDocument,
    "\n  query MultiInstanceViewer { viewer { name } }\n": types.MultiInstanceViewerDocument,
    "\n  query MultiInstanceActions { customActions { id } }\n": types.MultiInstanceActionsDocument,
    "\n  mutation TwoLogIns($email: String!, $first: String!, $second: String!) {\n    a: logIn(input: { email: $email, password: $first }) {\n      __typename\n      ... on AuthPayload { agent { name workspace { name } } }\n      ... on Error { code }\n    }\n    b: logIn(input: { email: $email, password: $second }) {\n      __typename\n      ... on AuthPayload { token }\n      ... on Error { code message }\n    }\n  }\n": types.TwoLogInsDocument,
    "\n  query StreamResumeActions { customActions { id } }\n": types.StreamResumeActionsDocument,
    "\n  mutation StreamResumeTyping($id: ID!, $on: Boolean!) { setTyping(conversationId: $id, isTyping: $on) { __typename } }\n": types.StreamResumeTypingDocument,
    "\n  query TakeoverActions { customActions { id label } }\n": types.TakeoverActionsDocument,
    "\n  mutation TakeoverRelease($id: ID!) { r: releaseConversation(conversationId: $id) { __typename ... on Conversation { status assigneeName } ... on ConversationTakenError { agentName } ... on Error { code message } } }\n": types.TakeoverReleaseDocument,
    "\n  mutation TakeoverHandBack($id: ID!) { r: handBackConversation(conversationId: $id) { __typename ... on Conversation { status assigneeName } ... on ConversationTakenError { agentName } ... on Error { code message } } }\n": types.TakeoverHandBackDocument,
    "\n  mutation TakeoverResolve($id: ID!) { r: resolveConversation(conversationId: $id) { __typename ... on Conversation { status assigneeName } ... on ConversationTakenError { agentName } ... on Error { code message } } }\n": types.TakeoverResolveDocument,
    "\n  mutation TakeoverReassign($id: ID!, $agent: ID!) { r: reassignConversation(conversationId: $id, agentId: $agent) { __typename ... on Conversation { status assigneeName } } }\n": types.TakeoverReassignDocument,
    "\n  query TakeoverStatus($id: ID!) { conversation(id: $id) { status } }\n": types.TakeoverStatusDocument,
    "\n  query TeamViewer {\n    viewer { id name email role active workspace { id name publicKey responseTimeTargetSeconds } }\n  }\n": types.TeamViewerDocument,
    "\n  mutation TeamLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on AuthPayload { token expiresAt agent { id email } }\n      ... on Error { message code }\n    }\n  }\n": types.TeamLogInDocument,
    "\n  mutation TeamSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthPayload { token agent { id name email role workspace { id name publicKey widgetSnippet } } }\n    }\n  }\n": types.TeamSignUpDocument,
    "\n  query TeamInvitationPreview($token: String!) { invitation(token: $token) { __typename ... on InvitationPreview { email role workspaceName } } }\n": types.TeamInvitationPreviewDocument,
    "\n  query TeamPendingInvitations { workspace { pendingInvitations { totalCount edges { node { email } } } } }\n": types.TeamPendingInvitationsDocument,
    "\n  query TeamMembers { workspace { agents { totalCount edges { node { name role active } } } pendingInvitations { totalCount } } }\n": types.TeamMembersDocument,
    "\n  mutation TeamPromote($id: ID!) { changeAgentRole(agentId: $id, role: ADMIN) { __typename ... on Agent { role } ... on Error { code } } }\n": types.TeamPromoteDocument,
    "\n  mutation TeamDeactivate($id: ID!) { deactivateAgent(agentId: $id) { __typename ... on Agent { active deactivatedAt } } }\n": types.TeamDeactivateDocument,
    "\n  mutation TeamReactivate($id: ID!) { reactivateAgent(agentId: $id) { __typename ... on Agent { active } } }\n": types.TeamReactivateDocument,
    "\n  mutation TeamUpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) { __typename ... on Workspace { name responseTimeTargetSeconds allowedOrigins } }\n  }\n": types.TeamUpdateWorkspaceDocument,
    "\n  mutation TeamLogOut { logOut { __typename ... on LogOutPayload { ok } } }\n": types.TeamLogOutDocument,
    "\n  query BrowserPolicy { assistantSettings { sensitiveTopics { key enabled } instructionTopics } handoffTopics { name examples enabled } }\n": types.BrowserPolicyDocument,
    "\n  query BrowserPolicyTopicIds { handoffTopics { id } }\n": types.BrowserPolicyTopicIdsDocument,
    "\n  mutation BrowserPolicyResolve($id: ID!) { resolveConversation(conversationId: $id) { __typename ... on Conversation { status } } }\n": types.BrowserPolicyResolveDocument,
    "\n  query BrowserPolicyGaps { contentGaps { question count examples conversationIds } }\n": types.BrowserPolicyGapsDocument,
    "\n  mutation BrowserInboxSignUp($i: SignUpInput!) { signUp(input: $i) { __typename ... on AuthPayload { token agent { workspace { publicKey } } } } }\n": types.BrowserInboxSignUpDocument,
    "\n  query BrowserInboxActionLabels { customActions { label fields { key type } } }\n": types.BrowserInboxActionLabelsDocument,
    "\n  query BrowserInboxVisitorActions { customActions { id label fields { key } } }\n": types.BrowserInboxVisitorActionsDocument,
    "\n  query BrowserInboxActionIds { customActions { id } }\n": types.BrowserInboxActionIdsDocument,
    "\n  query BrowserInboxAssignee($id: ID!) { conversation(id: $id) { assigneeName } }\n": types.BrowserInboxAssigneeDocument,
    "\n  query BrowserInboxSeqs($id: ID!) { conversation(id: $id) { messages { edges { node { seq } } } } }\n": types.BrowserInboxSeqsDocument,
    "\n  query EvalTranscript($id: ID!) {\n    conversation(id: $id) {\n      status\n      handoff { trigger topic actionLabel }\n      messages(last: 5) { edges { node { seq authorKind body suggestionTrigger suggestionTopic suggestedActionIds citations { title } } } }\n    }\n  }\n": types.EvalTranscriptDocument,
    "\n  subscription EvalReaction($id: ID!, $after: Int) { conversationEvents(conversationId: $id, afterSeq: $after) { seq kind message { authorKind } status { status } } }\n": types.EvalReactionDocument,
    "\n  mutation EvalSignUp($i: SignUpInput!) { signUp(input: $i) { __typename ... on AuthPayload { token } } }\n": types.EvalSignUpDocument,
    "\n  mutation EvalCreateDocument($i: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $i) { __typename } }\n": types.EvalCreateDocumentDocument,
    "\n  mutation EvalSettings($i: AssistantSettingsInput!) { updateAssistantSettings(input: $i) { __typename } }\n": types.EvalSettingsDocument,
    "\n  query EvalActions { customActions { id label } }\n": types.EvalActionsDocument,
    "\n  mutation EvalUpdateAction($id: ID!, $i: CustomActionInput!) { updateCustomAction(actionId: $id, input: $i) { __typename ... on CustomAction { id } } }\n": types.EvalUpdateActionDocument,
    "\n  mutation EvalCreateAction($i: CustomActionInput!) { createCustomAction(input: $i) { __typename ... on CustomAction { id } } }\n": types.EvalCreateActionDocument,
    "\n  mutation EvalCreateTopic($i: HandoffTopicInput!) { createHandoffTopic(input: $i) { __typename } }\n": types.EvalCreateTopicDocument,
    "\n  query EvalPublicKey { workspace { publicKey } }\n": types.EvalPublicKeyDocument,
    "\n  query EvalLastSeq($id: ID!) { conversation(id: $id) { lastSeq } }\n": types.EvalLastSeqDocument,
    "\n  mutation EvalSend($i: SendMessageInput!) { sendMessage(input: $i) { __typename } }\n": types.EvalSendDocument,
    "\n  mutation EvalStartSession($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { __typename ... on WidgetSession { token conversation { id } } } }\n": types.EvalStartSessionDocument,
    "\n  mutation LoadKnowledgeDocument($input: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $input) { __typename } }\n": types.LoadKnowledgeDocumentDocument,
    "\n  query Transcript($id: ID!) {\n    conversation(id: $id) {\n      status\n      messages(first: 100) { edges { node { seq authorKind body suggestionTrigger suggestionTopic suggestedActionIds citations { title sourceUrl } } } }\n    }\n  }\n": types.TranscriptDocument,
    "\n  mutation StartSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession { token resumed visitorId workspaceName greeting conversation { id status lastSeq } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": types.StartSessionDocument,
    "\n  mutation Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on SendMessagePayload { duplicate sentMessage { id seq body authorKind } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": types.SendDocument,
    "\n  mutation SubmitAction($input: SubmitActionInput!) {\n    submitAction(input: $input) {\n      __typename\n      ... on HandoffPayload { alreadyRequested conversation { id status } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": types.SubmitActionDocument,
    "\n  mutation Reply($input: ReplyInput!) {\n    replyToConversation(input: $input) {\n      __typename\n      ... on SendMessagePayload { duplicate sentMessage { id seq body internal authorName } }\n      ... on OwnershipError { owner ownerName }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": types.ReplyDocument,
    "\n  mutation TakeOver($id: ID!) {\n    takeOver(conversationId: $id) {\n      __typename\n      ... on Conversation { id status assignee { id name } }\n      ... on ConversationTakenError { agentName agentId }\n      ... on Error { message code }\n    }\n  }\n": types.TakeOverDocument,
    "\n  mutation CreateAction($input: CustomActionInput!) {\n    createCustomAction(input: $input) {\n      __typename\n      ... on CustomAction { id label enabled position fields { key label type required options maxLength } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": types.CreateActionDocument,
    "\n  subscription Stream($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq kind\n      message { id seq body authorKind authorName internal clientId }\n      status { change status assigneeName }\n      typing { authorKind name isTyping }\n      draft { draftId delta }\n    }\n  }\n": types.StreamDocument,
    "\n  subscription Inbox {\n    inboxEvents {\n      kind agentName\n      conversation {\n        id status assigneeName waitingSeconds responseTargetBreachedAt\n        sessionMetadata { pageUrl pageTitle referrer locale timezone userAgent }\n        handoff { trigger actionLabel summary capturedValues { key label value } citedDocuments { title } }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  query PublicKey { workspace { publicKey } }\n": types.PublicKeyDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthPayload { token agent { id role workspace { id } } }\n      ... on ValidationError { message fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation Invite($input: InviteAgentInput!) {\n    inviteAgent(input: $input) {\n      __typename\n      ... on InvitationPayload { token url invitation { id email role } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": types.InviteDocument,
    "\n  mutation Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on AuthPayload { token agent { id role email workspace { id } } }\n      ... on InvitationInvalidError { reason }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n": types.AcceptDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchViewer { viewer { id name workspace { name } } }\n"): typeof import('./graphql.js').BenchViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchSend($i: SendMessageInput!) { sendMessage(input: $i) { __typename } }\n"): typeof import('./graphql.js').BenchSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BenchResume($id: ID!, $after: Int) { conversationEvents(conversationId: $id, afterSeq: $after) { seq } }\n"): typeof import('./graphql.js').BenchResumeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchSignUp($i: SignUpInput!) { signUp(input: $i) { __typename ... on AuthPayload { token } } }\n"): typeof import('./graphql.js').BenchSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchCreateDocument($input: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $input) { __typename } }\n"): typeof import('./graphql.js').BenchCreateDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchPublicKey { workspace { publicKey } }\n"): typeof import('./graphql.js').BenchPublicKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchStartSession($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { __typename ... on WidgetSession { token conversation { id } } } }\n"): typeof import('./graphql.js').BenchStartSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchTakeOver($id: ID!) { takeOver(conversationId: $id) { __typename } }\n"): typeof import('./graphql.js').BenchTakeOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflinePacket($id: ID!) { conversation(id: $id) { handoff { trigger citedDocuments { title } } } }\n"): typeof import('./graphql.js').OfflinePacketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfflineStartAtOnce { updateAssistantSettings(input: { explicitRequestMode: START_HANDOFF }) { __typename ... on AssistantSettings { explicitRequestMode } } }\n"): typeof import('./graphql.js').OfflineStartAtOnceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineUsage { day: aiUsage { period responses promptTokens } month: aiUsage(granularity: MONTH) { period responses } }\n"): typeof import('./graphql.js').OfflineUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineUsageResponses { aiUsage { responses } }\n"): typeof import('./graphql.js').OfflineUsageResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAIInstructions($instructions: String!) { updateAssistantSettings(input: { instructions: $instructions }) { __typename } }\n"): typeof import('./graphql.js').OpenAiInstructionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAITypingOff($id: ID!) { setTyping(conversationId: $id, isTyping: false) { __typename } }\n"): typeof import('./graphql.js').OpenAiTypingOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenAIUsage { aiUsage { responses promptTokens completionTokens } }\n"): typeof import('./graphql.js').OpenAiUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAICreateAction($i: CustomActionInput!) { createCustomAction(input: $i) { __typename ... on CustomAction { id } } }\n"): typeof import('./graphql.js').OpenAiCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAICreateTopic($i: HandoffTopicInput!) { createHandoffTopic(input: $i) { __typename } }\n"): typeof import('./graphql.js').OpenAiCreateTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAILegalOff { setSensitiveTopic(key: \"legal\", enabled: false) { __typename ... on AssistantSettings { sensitiveTopics { key enabled } } } }\n"): typeof import('./graphql.js').OpenAiLegalOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenAITranscript($id: ID!) { conversation(id: $id) { messages { edges { node { authorKind body } } } } }\n"): typeof import('./graphql.js').OpenAiTranscriptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyCreateDocument($input: KnowledgeDocumentInput!) { r: createKnowledgeDocument(input: $input) { __typename ... on KnowledgeDocument { id } ... on ValidationError { fieldErrors { path message } } } }\n"): typeof import('./graphql.js').PolicyCreateDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyCreateTopic($i: HandoffTopicInput!) { r: createHandoffTopic(input: $i) { __typename ... on HandoffTopic { id name examples } ... on ValidationError { fieldErrors { path message } } } }\n"): typeof import('./graphql.js').PolicyCreateTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicySetBuiltIn($key: String!, $on: Boolean!) { r: setSensitiveTopic(key: $key, enabled: $on) { __typename ... on AssistantSettings { sensitiveTopics { key enabled } } ... on ValidationError { fieldErrors { path message } } } }\n"): typeof import('./graphql.js').PolicySetBuiltInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyGaps { contentGaps { question count examples conversationIds } }\n"): typeof import('./graphql.js').PolicyGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyPacket($id: ID!) { conversation(id: $id) { handoff { trigger topic topicName summary } } }\n"): typeof import('./graphql.js').PolicyPacketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyInstructions($instructions: String!) { updateAssistantSettings(input: { instructions: $instructions }) { __typename ... on AssistantSettings { instructionTopics } } }\n"): typeof import('./graphql.js').PolicyInstructionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyInstructionTopics { assistantSettings { instructionTopics } }\n"): typeof import('./graphql.js').PolicyInstructionTopicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyCreateAction($i: CustomActionInput!) { createCustomAction(input: $i) { __typename ... on CustomAction { id } } }\n"): typeof import('./graphql.js').PolicyCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyActionIds { customActions { id } }\n"): typeof import('./graphql.js').PolicyActionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyFromReply($m: ID!) { r: createKnowledgeFromReply(messageId: $m) { __typename ... on KnowledgeDocument { title content } ... on ValidationError { fieldErrors { path } } } }\n"): typeof import('./graphql.js').PolicyFromReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyFirstMessage($id: ID!) { conversation(id: $id) { messages(first: 1) { edges { node { id } } } } }\n"): typeof import('./graphql.js').PolicyFirstMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputViewer { viewer { id } }\n"): typeof import('./graphql.js').BadInputViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputLogIn($input: LogInInput!) {\n    logIn(input: $input) { __typename ... on Error { message code } ... on AuthPayload { token } }\n  }\n"): typeof import('./graphql.js').BadInputLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputLogOut { logOut { __typename } }\n"): typeof import('./graphql.js').BadInputLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputRevoke($id: ID!) { revokeInvitation(invitationId: $id) { __typename ... on Invitation { revokedAt } } }\n"): typeof import('./graphql.js').BadInputRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputInvite($input: InviteAgentInput!) { r: inviteAgent(input: $input) { __typename ... on Error { code message } } }\n"): typeof import('./graphql.js').BadInputInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputPromote($id: ID!) { r: changeAgentRole(agentId: $id, role: ADMIN) { __typename ... on Error { code message } } }\n"): typeof import('./graphql.js').BadInputPromoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputDeactivate($id: ID!) { r: deactivateAgent(agentId: $id) { __typename ... on Error { code message } } }\n"): typeof import('./graphql.js').BadInputDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputUpdateWorkspace($input: UpdateWorkspaceInput!) { r: updateWorkspace(input: $input) { __typename ... on Error { code message } } }\n"): typeof import('./graphql.js').BadInputUpdateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputPending { workspace { name pendingInvitations { totalCount } } }\n"): typeof import('./graphql.js').BadInputPendingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputMakeOwner($id: ID!) { r: changeAgentRole(agentId: $id, role: OWNER) { __typename ... on Error { code } } }\n"): typeof import('./graphql.js').BadInputMakeOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputDemote($id: ID!) { r: changeAgentRole(agentId: $id, role: AGENT) { __typename ... on NotFoundError { entity } } }\n"): typeof import('./graphql.js').BadInputDemoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputNode($id: ID!) { node(id: $id) { __typename id ... on Agent { email } ... on Workspace { name } } }\n"): typeof import('./graphql.js').BadInputNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputRevokeForeign($id: ID!) { r: revokeInvitation(invitationId: $id) { __typename ... on NotFoundError { entity } } }\n"): typeof import('./graphql.js').BadInputRevokeForeignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputDeactivateForeign($id: ID!) { r: deactivateAgent(agentId: $id) { __typename ... on NotFoundError { entity } ... on Error { message } } }\n"): typeof import('./graphql.js').BadInputDeactivateForeignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCan($id: ID!) {\n    conversation(id: $id) {\n      status\n      viewerCan { takeOver release reassign handBack resolve reply }\n    }\n  }\n"): typeof import('./graphql.js').ViewerCanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseForPermissions($id: ID!) {\n    releaseConversation(conversationId: $id) {\n      __typename\n      ... on Error { code }\n    }\n  }\n"): typeof import('./graphql.js').ReleaseForPermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionActions { customActions { id } }\n"): typeof import('./graphql.js').PermissionActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeIsAdmin { viewer { role isAdmin } }\n"): typeof import('./graphql.js').MeIsAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffBadInputRead($id: ID!) { conversation(id: $id) { id } node(id: $id) { id } }\n"): typeof import('./graphql.js').HandoffBadInputReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoffBadInputAllowOrigin { updateWorkspace(input: { allowedOrigins: [\"https://shop.example.com\"] }) { __typename } }\n"): typeof import('./graphql.js').HandoffBadInputAllowOriginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffBadInputHistory($id: ID!) { conversation(id: $id) { messages { edges { node { authorKind body } } } } }\n"): typeof import('./graphql.js').HandoffBadInputHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoffBadInputIdentify($input: IdentifyVisitorInput!) { identifyVisitor(input: $input) { __typename ... on IdentifyVisitorPayload { name email } ... on ValidationError { fieldErrors { path message } } } }\n"): typeof import('./graphql.js').HandoffBadInputIdentifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffBadInputVisitor($id: ID!) { conversation(id: $id) { visitor { name email externalId attributes { key value } } } }\n"): typeof import('./graphql.js').HandoffBadInputVisitorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffActions { customActions { id label enabled fields { key } } }\n"): typeof import('./graphql.js').HandoffActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffVisitorActions { customActions { id label fields { key label type required options } } }\n"): typeof import('./graphql.js').HandoffVisitorActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoffCreateDocument($input: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $input) { __typename ... on KnowledgeDocument { id } } }\n"): typeof import('./graphql.js').HandoffCreateDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffQueue { conversations(status: [QUEUED]) { edges { node { id messages { edges { node { authorKind body } } } } } } }\n"): typeof import('./graphql.js').HandoffQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffTimed($id: ID!) { conversation(id: $id) { firstHumanReplyAt waitingSeconds } }\n"): typeof import('./graphql.js').HandoffTimedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoffResolve($id: ID!) { resolveConversation(conversationId: $id) { __typename ... on Conversation { status resolvedAt } } }\n"): typeof import('./graphql.js').HandoffResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxActionIds { customActions { id } }\n"): typeof import('./graphql.js').InboxActionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxNextPage($after: String) { conversations(first: 1, after: $after, status: [QUEUED]) { edges { node { id } } pageInfo { hasNextPage } } }\n"): typeof import('./graphql.js').InboxNextPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxAsVisitor { conversations(first: 5) { edges { node { id } } } }\n"): typeof import('./graphql.js').InboxAsVisitorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxUpdateAction($id: ID!, $input: CustomActionInput!) { updateCustomAction(actionId: $id, input: $input) { __typename ... on CustomAction { label fields { key type required options } } } }\n"): typeof import('./graphql.js').InboxUpdateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxReorder($ids: [ID!]!) { reorderCustomActions(actionIds: $ids) { __typename ... on ValidationError { fieldErrors { path } } } }\n"): typeof import('./graphql.js').InboxReorderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxDisableAction($id: ID!) { setCustomActionEnabled(actionId: $id, enabled: false) { __typename } }\n"): typeof import('./graphql.js').InboxDisableActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxActionLabels { customActions { label } }\n"): typeof import('./graphql.js').InboxActionLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxAllActions { customActions { label enabled position } }\n"): typeof import('./graphql.js').InboxAllActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxDeleteAction($id: ID!) { deleteCustomAction(actionId: $id) { __typename ... on CustomAction { label } } }\n"): typeof import('./graphql.js').InboxDeleteActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxReplyOnIt($id: ID!) { replyToConversation(input: { conversationId: $id, body: \"On it!\" }) { __typename } }\n"): typeof import('./graphql.js').InboxReplyOnItDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxBreachView($a: ID!, $b: ID!) { a: conversation(id: $a) { responseTargetBreachedAt waitingSeconds } b: conversation(id: $b) { responseTargetBreachedAt firstHumanReplyAt } }\n"): typeof import('./graphql.js').InboxBreachViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxPage($first: Int!, $status: [ConversationStatus!], $assignee: AssigneeFilter) {\n    conversations(first: $first, status: $status, assignee: $assignee) {\n      totalCount: edges { cursor }\n      pageInfo { hasNextPage endCursor }\n      edges { node {\n        id status assigneeName waitingSeconds responseDueAt\n        assignee { name }\n        visitor { id }\n        lastMessage { body authorKind }\n        sessionMetadata { pageUrl }\n        handoff { trigger summary actionLabel capturedValues { key value } citedDocuments { title } }\n      } }\n    }\n  }\n"): typeof import('./graphql.js').InboxPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeCreate($input: KnowledgeDocumentInput!) { r: createKnowledgeDocument(input: $input) { __typename ... on KnowledgeDocument { id title } ... on ValidationError { fieldErrors { path message } } } }\n"): typeof import('./graphql.js').KnowledgeCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeUpdate($id: ID!, $input: KnowledgeDocumentInput!) { r: updateKnowledgeDocument(documentId: $id, input: $input) { __typename } }\n"): typeof import('./graphql.js').KnowledgeUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeDelete($id: ID!) { r: deleteKnowledgeDocument(documentId: $id) { __typename } }\n"): typeof import('./graphql.js').KnowledgeDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeList { knowledgeDocuments { edges { node { title } } } }\n"): typeof import('./graphql.js').KnowledgeListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeNode($id: ID!) { node(id: $id) { id } }\n"): typeof import('./graphql.js').KnowledgeNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeSettings($input: AssistantSettingsInput!) { r: updateAssistantSettings(input: $input) { __typename ... on AssistantSettings { greeting confidenceThreshold frustrationDetection provider } ... on ValidationError { fieldErrors { path } } } }\n"): typeof import('./graphql.js').KnowledgeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeGreeting { assistantSettings { greeting } }\n"): typeof import('./graphql.js').KnowledgeGreetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KnowledgeWidgetGreeting($k: String!) { startWidgetSession(input: { publicKey: $k }) { __typename ... on WidgetSession { greeting } } }\n"): typeof import('./graphql.js').KnowledgeWidgetGreetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiInstanceViewer { viewer { name } }\n"): typeof import('./graphql.js').MultiInstanceViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiInstanceActions { customActions { id } }\n"): typeof import('./graphql.js').MultiInstanceActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoLogIns($email: String!, $first: String!, $second: String!) {\n    a: logIn(input: { email: $email, password: $first }) {\n      __typename\n      ... on AuthPayload { agent { name workspace { name } } }\n      ... on Error { code }\n    }\n    b: logIn(input: { email: $email, password: $second }) {\n      __typename\n      ... on AuthPayload { token }\n      ... on Error { code message }\n    }\n  }\n"): typeof import('./graphql.js').TwoLogInsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StreamResumeActions { customActions { id } }\n"): typeof import('./graphql.js').StreamResumeActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StreamResumeTyping($id: ID!, $on: Boolean!) { setTyping(conversationId: $id, isTyping: $on) { __typename } }\n"): typeof import('./graphql.js').StreamResumeTypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TakeoverActions { customActions { id label } }\n"): typeof import('./graphql.js').TakeoverActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeoverRelease($id: ID!) { r: releaseConversation(conversationId: $id) { __typename ... on Conversation { status assigneeName } ... on ConversationTakenError { agentName } ... on Error { code message } } }\n"): typeof import('./graphql.js').TakeoverReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeoverHandBack($id: ID!) { r: handBackConversation(conversationId: $id) { __typename ... on Conversation { status assigneeName } ... on ConversationTakenError { agentName } ... on Error { code message } } }\n"): typeof import('./graphql.js').TakeoverHandBackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeoverResolve($id: ID!) { r: resolveConversation(conversationId: $id) { __typename ... on Conversation { status assigneeName } ... on ConversationTakenError { agentName } ... on Error { code message } } }\n"): typeof import('./graphql.js').TakeoverResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeoverReassign($id: ID!, $agent: ID!) { r: reassignConversation(conversationId: $id, agentId: $agent) { __typename ... on Conversation { status assigneeName } } }\n"): typeof import('./graphql.js').TakeoverReassignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TakeoverStatus($id: ID!) { conversation(id: $id) { status } }\n"): typeof import('./graphql.js').TakeoverStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamViewer {\n    viewer { id name email role active workspace { id name publicKey responseTimeTargetSeconds } }\n  }\n"): typeof import('./graphql.js').TeamViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      __typename\n      ... on AuthPayload { token expiresAt agent { id email } }\n      ... on Error { message code }\n    }\n  }\n"): typeof import('./graphql.js').TeamLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthPayload { token agent { id name email role workspace { id name publicKey widgetSnippet } } }\n    }\n  }\n"): typeof import('./graphql.js').TeamSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamInvitationPreview($token: String!) { invitation(token: $token) { __typename ... on InvitationPreview { email role workspaceName } } }\n"): typeof import('./graphql.js').TeamInvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPendingInvitations { workspace { pendingInvitations { totalCount edges { node { email } } } } }\n"): typeof import('./graphql.js').TeamPendingInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMembers { workspace { agents { totalCount edges { node { name role active } } } pendingInvitations { totalCount } } }\n"): typeof import('./graphql.js').TeamMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamPromote($id: ID!) { changeAgentRole(agentId: $id, role: ADMIN) { __typename ... on Agent { role } ... on Error { code } } }\n"): typeof import('./graphql.js').TeamPromoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamDeactivate($id: ID!) { deactivateAgent(agentId: $id) { __typename ... on Agent { active deactivatedAt } } }\n"): typeof import('./graphql.js').TeamDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamReactivate($id: ID!) { reactivateAgent(agentId: $id) { __typename ... on Agent { active } } }\n"): typeof import('./graphql.js').TeamReactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamUpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) { __typename ... on Workspace { name responseTimeTargetSeconds allowedOrigins } }\n  }\n"): typeof import('./graphql.js').TeamUpdateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamLogOut { logOut { __typename ... on LogOutPayload { ok } } }\n"): typeof import('./graphql.js').TeamLogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserPolicy { assistantSettings { sensitiveTopics { key enabled } instructionTopics } handoffTopics { name examples enabled } }\n"): typeof import('./graphql.js').BrowserPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserPolicyTopicIds { handoffTopics { id } }\n"): typeof import('./graphql.js').BrowserPolicyTopicIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserPolicyResolve($id: ID!) { resolveConversation(conversationId: $id) { __typename ... on Conversation { status } } }\n"): typeof import('./graphql.js').BrowserPolicyResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserPolicyGaps { contentGaps { question count examples conversationIds } }\n"): typeof import('./graphql.js').BrowserPolicyGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserInboxSignUp($i: SignUpInput!) { signUp(input: $i) { __typename ... on AuthPayload { token agent { workspace { publicKey } } } } }\n"): typeof import('./graphql.js').BrowserInboxSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserInboxActionLabels { customActions { label fields { key type } } }\n"): typeof import('./graphql.js').BrowserInboxActionLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserInboxVisitorActions { customActions { id label fields { key } } }\n"): typeof import('./graphql.js').BrowserInboxVisitorActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserInboxActionIds { customActions { id } }\n"): typeof import('./graphql.js').BrowserInboxActionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserInboxAssignee($id: ID!) { conversation(id: $id) { assigneeName } }\n"): typeof import('./graphql.js').BrowserInboxAssigneeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserInboxSeqs($id: ID!) { conversation(id: $id) { messages { edges { node { seq } } } } }\n"): typeof import('./graphql.js').BrowserInboxSeqsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalTranscript($id: ID!) {\n    conversation(id: $id) {\n      status\n      handoff { trigger topic actionLabel }\n      messages(last: 5) { edges { node { seq authorKind body suggestionTrigger suggestionTopic suggestedActionIds citations { title } } } }\n    }\n  }\n"): typeof import('./graphql.js').EvalTranscriptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EvalReaction($id: ID!, $after: Int) { conversationEvents(conversationId: $id, afterSeq: $after) { seq kind message { authorKind } status { status } } }\n"): typeof import('./graphql.js').EvalReactionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalSignUp($i: SignUpInput!) { signUp(input: $i) { __typename ... on AuthPayload { token } } }\n"): typeof import('./graphql.js').EvalSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalCreateDocument($i: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $i) { __typename } }\n"): typeof import('./graphql.js').EvalCreateDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalSettings($i: AssistantSettingsInput!) { updateAssistantSettings(input: $i) { __typename } }\n"): typeof import('./graphql.js').EvalSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalActions { customActions { id label } }\n"): typeof import('./graphql.js').EvalActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalUpdateAction($id: ID!, $i: CustomActionInput!) { updateCustomAction(actionId: $id, input: $i) { __typename ... on CustomAction { id } } }\n"): typeof import('./graphql.js').EvalUpdateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalCreateAction($i: CustomActionInput!) { createCustomAction(input: $i) { __typename ... on CustomAction { id } } }\n"): typeof import('./graphql.js').EvalCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalCreateTopic($i: HandoffTopicInput!) { createHandoffTopic(input: $i) { __typename } }\n"): typeof import('./graphql.js').EvalCreateTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalPublicKey { workspace { publicKey } }\n"): typeof import('./graphql.js').EvalPublicKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalLastSeq($id: ID!) { conversation(id: $id) { lastSeq } }\n"): typeof import('./graphql.js').EvalLastSeqDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalSend($i: SendMessageInput!) { sendMessage(input: $i) { __typename } }\n"): typeof import('./graphql.js').EvalSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalStartSession($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { __typename ... on WidgetSession { token conversation { id } } } }\n"): typeof import('./graphql.js').EvalStartSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadKnowledgeDocument($input: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $input) { __typename } }\n"): typeof import('./graphql.js').LoadKnowledgeDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Transcript($id: ID!) {\n    conversation(id: $id) {\n      status\n      messages(first: 100) { edges { node { seq authorKind body suggestionTrigger suggestionTopic suggestedActionIds citations { title sourceUrl } } } }\n    }\n  }\n"): typeof import('./graphql.js').TranscriptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession { token resumed visitorId workspaceName greeting conversation { id status lastSeq } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n"): typeof import('./graphql.js').StartSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on SendMessagePayload { duplicate sentMessage { id seq body authorKind } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n"): typeof import('./graphql.js').SendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAction($input: SubmitActionInput!) {\n    submitAction(input: $input) {\n      __typename\n      ... on HandoffPayload { alreadyRequested conversation { id status } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n"): typeof import('./graphql.js').SubmitActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($input: ReplyInput!) {\n    replyToConversation(input: $input) {\n      __typename\n      ... on SendMessagePayload { duplicate sentMessage { id seq body internal authorName } }\n      ... on OwnershipError { owner ownerName }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n"): typeof import('./graphql.js').ReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeOver($id: ID!) {\n    takeOver(conversationId: $id) {\n      __typename\n      ... on Conversation { id status assignee { id name } }\n      ... on ConversationTakenError { agentName agentId }\n      ... on Error { message code }\n    }\n  }\n"): typeof import('./graphql.js').TakeOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAction($input: CustomActionInput!) {\n    createCustomAction(input: $input) {\n      __typename\n      ... on CustomAction { id label enabled position fields { key label type required options maxLength } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n"): typeof import('./graphql.js').CreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Stream($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      seq kind\n      message { id seq body authorKind authorName internal clientId }\n      status { change status assigneeName }\n      typing { authorKind name isTyping }\n      draft { draftId delta }\n    }\n  }\n"): typeof import('./graphql.js').StreamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Inbox {\n    inboxEvents {\n      kind agentName\n      conversation {\n        id status assigneeName waitingSeconds responseTargetBreachedAt\n        sessionMetadata { pageUrl pageTitle referrer locale timezone userAgent }\n        handoff { trigger actionLabel summary capturedValues { key label value } citedDocuments { title } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicKey { workspace { publicKey } }\n"): typeof import('./graphql.js').PublicKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on AuthPayload { token agent { id role workspace { id } } }\n      ... on ValidationError { message fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n"): typeof import('./graphql.js').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Invite($input: InviteAgentInput!) {\n    inviteAgent(input: $input) {\n      __typename\n      ... on InvitationPayload { token url invitation { id email role } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n"): typeof import('./graphql.js').InviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on AuthPayload { token agent { id role email workspace { id } } }\n      ... on InvitationInvalidError { reason }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on Error { message code }\n    }\n  }\n"): typeof import('./graphql.js').AcceptDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
