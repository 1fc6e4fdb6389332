/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
};

/** The invitation secret and the new member's name and password. */
export type AcceptInvitationInput = {
  /** Display name (1–120 characters). */
  name: Scalars['String']['input'];
  /** At least 10 characters (at most 256), not a common or repetitive password. */
  password: Scalars['String']['input'];
  /** The secret from the invitation link. */
  token: Scalars['String']['input'];
};

/** The kind of input a custom action field takes; values are checked on the server. */
export type ActionFieldType =
  /** An email address. */
  | 'EMAIL'
  /** Several lines of text. */
  | 'LONG_TEXT'
  /** A number. */
  | 'NUMBER'
  /** A phone number. */
  | 'PHONE'
  /** One line of text. */
  | 'SHORT_TEXT'
  /** One of `options`. */
  | 'SINGLE_CHOICE';

/** What pressing the action does. ESCALATE_TO_HUMAN queues the conversation for the team. */
export type ActionIntent =
  /** Request a handoff: queue the conversation for the team. */
  | 'ESCALATE_TO_HUMAN';

/** A custom action as the visitor submitted it. */
export type ActionSubmission = {
  __typename?: 'ActionSubmission';
  /** The action pressed, as it was labelled then. */
  actionLabel: Scalars['String']['output'];
  /** The action's fields as the visitor filled them in, in field order. */
  values: Array<CapturedValue>;
};

/** A value for one of the action's fields. */
export type ActionValueInput = {
  /** The field's `key`. */
  key: Scalars['String']['input'];
  /** What the visitor entered. */
  value: Scalars['String']['input'];
};

/** A team member of a workspace. */
export type Agent = Node & {
  __typename?: 'Agent';
  /** False once deactivated: the member can no longer sign in and their sessions have ended. */
  active: Scalars['Boolean']['output'];
  /** The member's own 'Away' toggle (kept while they are offline). */
  away: Scalars['Boolean']['output'];
  /** When the member joined the workspace. */
  createdAt: Scalars['DateTime']['output'];
  /** When the member was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Sign-in email, lower-cased; unique across Baton. */
  email: Scalars['String']['output'];
  /** Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object. */
  id: Scalars['ID']['output'];
  /** Whether the member manages the team, settings and any conversation (OWNER or ADMIN). */
  isAdmin: Scalars['Boolean']['output'];
  /** Display name, shown to visitors when this member joins a chat. */
  name: Scalars['String']['output'];
  /** ONLINE, AWAY or OFFLINE now; `teamPresence` tells changes live. */
  presence: Presence;
  /** What the member may do in the workspace. */
  role: AgentRole;
  /** The workspace the member belongs to. */
  workspace: Workspace;
};

/** OWNER: one per workspace. ADMIN: manages team and settings. AGENT: answers conversations. */
export type AgentRole =
  /** Manages the team, settings and any conversation. */
  | 'ADMIN'
  /** Answers conversations: takes over, replies, releases, hands back and resolves their own. */
  | 'AGENT'
  /** Created the workspace; one per workspace. Everything an ADMIN may do. */
  | 'OWNER';

/** How much of the workspace's AI spend cap is used (UTC day and calendar month). */
export type AiSpendCap = {
  __typename?: 'AiSpendCap';
  /** Null: no daily cap. */
  dailyLimit?: Maybe<Scalars['Int']['output']>;
  /** Today's cap is used up. */
  dailyReached: Scalars['Boolean']['output'];
  /** AI responses metered today (UTC). */
  dailyUsed: Scalars['Int']['output'];
  /** Null: no monthly cap. */
  monthlyLimit?: Maybe<Scalars['Int']['output']>;
  /** This month's cap is used up. */
  monthlyReached: Scalars['Boolean']['output'];
  /** AI responses metered this month (UTC). */
  monthlyUsed: Scalars['Int']['output'];
  /** A cap is reached: the assistant offers the handoff instead of answering with AI. */
  reached: Scalars['Boolean']['output'];
};

/** AI usage in one UTC day or calendar month. */
export type AiUsagePeriod = {
  __typename?: 'AiUsagePeriod';
  /** Output tokens the provider reported (0 offline). */
  completionTokens: Scalars['Int']['output'];
  /** `YYYY-MM-DD` or `YYYY-MM` (UTC). */
  period: Scalars['String']['output'];
  /** Input tokens the provider reported (0 offline). */
  promptTokens: Scalars['Int']['output'];
  /** AI responses: what Baton bills for. */
  responses: Scalars['Int']['output'];
};

/** A key for programs to call the API with. Its secret is shown once, when it is created. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The member the key acts for; null once they are removed (the key is refused then). */
  createdBy?: Maybe<Agent>;
  /** Null: it does not expire. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object. */
  id: Scalars['ID']['output'];
  /** When a request last used the key (updated at most once a minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for, as its creator named it. */
  name: Scalars['String']['output'];
  /** The first characters of the key (`bk_` and 8 more), to tell keys apart. */
  prefix: Scalars['String']['output'];
  /** When it was revoked (refused from then on); null while usable. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do (never more than its creator's current role allows). */
  scopes: Array<ApiScope>;
};

/** What an API key may do; each field of the API names the scope it needs (README "API keys"). */
export type ApiScope =
  /** `actions:manage`: Read and manage custom actions. */
  | 'ACTIONS_MANAGE'
  /** `conversations:read`: Read conversations, their messages and visitors, the team, and subscribe to their events. */
  | 'CONVERSATIONS_READ'
  /** `conversations:write`: Take over, release, hand back, resolve and reassign conversations; end visitor sessions. */
  | 'CONVERSATIONS_WRITE'
  /** `knowledge:manage`: Read and manage the knowledge base, assistant settings, handoff topics and content gaps. */
  | 'KNOWLEDGE_MANAGE'
  /** `messages:write`: Reply to conversations and show typing. */
  | 'MESSAGES_WRITE'
  /** `usage:read`: Read AI usage and the spend cap. */
  | 'USAGE_READ'
  /** `webhooks:manage`: Manage webhook endpoints and read their deliveries. */
  | 'WEBHOOKS_MANAGE';

/** Whose conversations to list. */
export type AssigneeFilter =
  /** Anyone or nobody. */
  | 'ANY'
  /** Assigned to the viewer ("mine"). */
  | 'ME'
  /** Nobody. */
  | 'UNASSIGNED';

/** A piece of an assistant reply while it streams; the stored message (MESSAGE_CREATED) follows. */
export type AssistantDraft = {
  __typename?: 'AssistantDraft';
  /** Text to append. */
  delta: Scalars['String']['output'];
  /** Same for every piece of one reply. */
  draftId: Scalars['String']['output'];
};

/** How the workspace's assistant behaves. */
export type AssistantSettings = {
  __typename?: 'AssistantSettings';
  /** Spend cap: metered AI responses allowed per UTC day (null: no cap). Past it the assistant offers the handoff instead of calling the provider. */
  aiDailyLimit?: Maybe<Scalars['Int']['output']>;
  /** Spend cap: metered AI responses allowed per calendar month, UTC (null: no cap). */
  aiMonthlyLimit?: Maybe<Scalars['Int']['output']>;
  /** While a conversation waits in the queue, the assistant keeps answering from the documents (marked as the assistant; no offers, nothing when unsure), never once a human owns it. Off by default. */
  answerWhileQueued: Scalars['Boolean']['output'];
  /** Below this (0..1) the assistant offers a handoff. */
  confidenceThreshold: Scalars['Float']['output'];
  /** What an explicit request for a person does. */
  explicitRequestMode: ExplicitRequestMode;
  /** Offer a handoff when the visitor seems frustrated (trigger FRUSTRATION). */
  frustrationDetection: Scalars['Boolean']['output'];
  /** The first message visitors see in the widget. */
  greeting: Scalars['String']['output'];
  /** Topics the behaviour instructions tell the assistant to avoid ("Never discuss …"), as the offline assistant reads them; handed off as SENSITIVE. */
  instructionTopics: Array<Scalars['String']['output']>;
  /** Behaviour instructions, added to every prompt. */
  instructions: Scalars['String']['output'];
  /** Model name for the OpenAI-compatible provider (server default when null). */
  model?: Maybe<Scalars['String']['output']>;
  /** `openai` when OPENAI_API_KEY is configured, otherwise `offline`. */
  provider: Scalars['String']['output'];
  /** The built-in sensitive topics and whether each is on. */
  sensitiveTopics: Array<SensitiveTopic>;
  /** When the settings last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Only the fields given change. */
export type AssistantSettingsInput = {
  /** AI responses per UTC day; null removes the cap. */
  aiDailyLimit?: InputMaybe<Scalars['Int']['input']>;
  /** AI responses per calendar month (UTC); null removes the cap. */
  aiMonthlyLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Keep answering from the documents while queued. */
  answerWhileQueued?: InputMaybe<Scalars['Boolean']['input']>;
  /** Between 0 and 1. */
  confidenceThreshold?: InputMaybe<Scalars['Float']['input']>;
  /** What a request for a person does. */
  explicitRequestMode?: InputMaybe<ExplicitRequestMode>;
  /** Offer a handoff to frustrated visitors. */
  frustrationDetection?: InputMaybe<Scalars['Boolean']['input']>;
  /** The widget greeting (1–500 characters). */
  greeting?: InputMaybe<Scalars['String']['input']>;
  /** Behaviour instructions (at most 8000 characters). */
  instructions?: InputMaybe<Scalars['String']['input']>;
  /** Empty string: use the server default. */
  model?: InputMaybe<Scalars['String']['input']>;
};

/** A new session. Send the token as `Authorization: Bearer <token>` (HTTP) or as `connectionParams.authorization` (WebSocket). */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** The signed-in member. */
  agent: Agent;
  /** When the session ends (`BATON_SESSION_TTL_HOURS` after sign-in); sign in again then. */
  expiresAt: Scalars['DateTime']['output'];
  /** The session token (a JWT). Keep it secret; it works until `expiresAt` or log-out. */
  token: Scalars['String']['output'];
};

/** Not signed in, or the token is no longer valid. */
export type AuthenticationError = Error & {
  __typename?: 'AuthenticationError';
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
};

/** Who wrote a message (or is typing). */
export type AuthorKind =
  /** A team member. */
  | 'AGENT'
  /** The AI assistant. */
  | 'ASSISTANT'
  /** Baton itself, e.g. "Anna joined the chat." */
  | 'SYSTEM'
  /** The website visitor. */
  | 'VISITOR';

/** Who gets a new handoff. */
export type AutoAssignment =
  /** Nobody until an agent takes it over (default). */
  | 'OFF'
  /** The next available (ONLINE) agent below the cap, in turn; with everyone at the cap it stays queued. */
  | 'ROUND_ROBIN';

/** A value the visitor entered in a custom action field. */
export type CapturedValue = {
  __typename?: 'CapturedValue';
  /** The field's stable key, e.g. `orderNumber`. */
  key: Scalars['String']['output'];
  /** The label the visitor saw. */
  label: Scalars['String']['output'];
  /** What the visitor entered (checked against the field type). */
  value: Scalars['String']['output'];
};

/** A knowledge document the assistant relied on. */
export type Citation = {
  __typename?: 'Citation';
  /** The knowledge document's database id (not a global id; the document may since have been deleted). */
  documentId: Scalars['String']['output'];
  /** Where the article is published, if the document has a source URL. */
  sourceUrl?: Maybe<Scalars['String']['output']>;
  /** The document title when it was cited. */
  title: Scalars['String']['output'];
};

/** Visitor questions, similar in meaning, that ended in a low-confidence handoff. */
export type ContentGap = {
  __typename?: 'ContentGap';
  /** Up to five conversations where it was asked (open one to turn the agent's reply into a document). */
  conversationIds: Array<Scalars['ID']['output']>;
  /** How many times it was asked. */
  count: Scalars['Int']['output'];
  /** Up to five phrasings, newest first. */
  examples: Array<Scalars['String']['output']>;
  /** Stable id of the gap (not a global id). */
  id: Scalars['String']['output'];
  /** When it was last asked. */
  lastAskedAt: Scalars['DateTime']['output'];
  /** The most recent phrasing. */
  question: Scalars['String']['output'];
};

/** A chat between a visitor and the assistant and/or the team. */
export type Conversation = Node & {
  __typename?: 'Conversation';
  /** The agent who owns it (agents only). */
  assignee?: Maybe<Agent>;
  /** The owning agent's name (visible to the visitor too). */
  assigneeName?: Maybe<Scalars['String']['output']>;
  /** When the visitor started it. */
  createdAt: Scalars['DateTime']['output'];
  /** While QUEUED: available agents, queue position and an estimate (visible to the visitor); null otherwise. */
  expectedWait?: Maybe<ExpectedWait>;
  /** The first agent reply (not a note) after the latest handoff request; null while waiting. */
  firstHumanReplyAt?: Maybe<Scalars['DateTime']['output']>;
  /** The latest handoff request (agents only). */
  handoff?: Maybe<HandoffRequest>;
  /** When the latest handoff was requested (the response-time clock starts); null if never. */
  handoffRequestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every handoff request, newest first (up to 20; agents only), each with its own packet. */
  handoffs: Array<HandoffRequest>;
  /** Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object. */
  id: Scalars['ID']['output'];
  /** The newest message the visitor can see (internal notes are skipped); null before the first. */
  lastMessage?: Maybe<Message>;
  /** When `lastMessage` was sent. */
  lastMessageAt?: Maybe<Scalars['DateTime']['output']>;
  /** The last sequence number used by an event; subscribe with `afterSeq` to resume from it. */
  lastSeq: Scalars['Int']['output'];
  /** The visitor's newest message (what they asked; system lines and replies are skipped). Agents only. */
  lastVisitorMessage?: Maybe<Message>;
  /** The transcript, oldest first. Visitors never see internal notes. */
  messages: ConversationMessagesConnection;
  /** When it was last resolved; null while open (a reopened conversation clears it). */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the workspace's response-time target runs out for the current handoff. */
  responseDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the workspace's response-time target ran out with no human reply, for the latest handoff; null otherwise. */
  responseTargetBreachedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the widget reported about the browser when the conversation started (fields may be null). */
  sessionMetadata: SessionMetadata;
  /** Who owns it now. */
  status: ConversationStatus;
  /** When the conversation row last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every ownership change. */
  version: Scalars['Int']['output'];
  /** What the viewer may do with it now; clients show actions from this instead of re-deriving rules. */
  viewerCan: ConversationPermissions;
  /** Agents only. */
  visitor: Visitor;
  /** Seconds from the handoff request to the first human reply (or until now while waiting). */
  waitingSeconds?: Maybe<Scalars['Int']['output']>;
};


/** A chat between a visitor and the assistant and/or the team. */
export type ConversationMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One event of a conversation stream. Stored events (messages, status changes) have consecutive `seq` numbers; typing indicators repeat the last `seq` and are never replayed. */
export type ConversationEvent = {
  __typename?: 'ConversationEvent';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Global id of the conversation. */
  conversationId: Scalars['ID']['output'];
  /** With ASSISTANT_DRAFT: the piece. */
  draft?: Maybe<AssistantDraft>;
  /** Which of the fields below is set. */
  kind: ConversationEventKind;
  /** With MESSAGE_CREATED: the message. */
  message?: Maybe<Message>;
  /** The event's sequence number in its conversation; resume with `afterSeq` set to the last one seen. */
  seq: Scalars['Int']['output'];
  /** With STATUS_CHANGED: the change. */
  status?: Maybe<ConversationStatusChange>;
  /** With TYPING: the indicator. */
  typing?: Maybe<TypingIndicator>;
};

/** What a conversation event carries (the matching field is set, the others are null). */
export type ConversationEventKind =
  /** A piece of a streaming assistant reply: `draft` (not stored, never replayed). */
  | 'ASSISTANT_DRAFT'
  /** A stored message: `message`. */
  | 'MESSAGE_CREATED'
  /** An ownership change: `status`. */
  | 'STATUS_CHANGED'
  /** A typing indicator: `typing` (not stored, never replayed). */
  | 'TYPING';

/** A page of messages, oldest first. */
export type ConversationMessagesConnection = {
  __typename?: 'ConversationMessagesConnection';
  /** The items of this page, in order, each with its cursor. */
  edges: Array<ConversationMessagesConnectionEdge>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
};

/** A message in a page of them. */
export type ConversationMessagesConnectionEdge = {
  __typename?: 'ConversationMessagesConnectionEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Message;
};

/** Who may write to a conversation at this moment. */
export type ConversationOwner =
  /** One agent owns it (status ASSIGNED); `ownerName` says who. */
  | 'AGENT'
  /** The AI assistant answers (status ASSISTANT). */
  | 'ASSISTANT'
  /** Resolved: a new visitor message reopens it with the assistant. */
  | 'NOBODY'
  /** Waiting for an agent to take over (status QUEUED): nobody may reply yet. */
  | 'QUEUE';

/** What the viewer may do with the conversation right now, from the same rules the mutations enforce (a race can still be lost). */
export type ConversationPermissions = {
  __typename?: 'ConversationPermissions';
  /** Return it to the assistant. */
  handBack: Scalars['Boolean']['output'];
  /** Give it to another agent (owners and admins). */
  reassign: Scalars['Boolean']['output'];
  /** Put it back in the queue. */
  release: Scalars['Boolean']['output'];
  /** Reopen it (it is resolved) and become its owner. */
  reopen: Scalars['Boolean']['output'];
  /** Write to the visitor (internal notes are open to every agent). */
  reply: Scalars['Boolean']['output'];
  /** Mark it resolved. */
  resolve: Scalars['Boolean']['output'];
  /** Become its owner (it is queued or with the assistant). */
  takeOver: Scalars['Boolean']['output'];
};

/** Who owns the conversation: the assistant, the queue (waiting for a human), one agent, or nobody (resolved). */
export type ConversationStatus =
  /** One agent owns it (`assignee`) and answers; the assistant is silent. */
  | 'ASSIGNED'
  /** The AI assistant answers the visitor. */
  | 'ASSISTANT'
  /** A handoff was requested: waiting for an agent to take over (the response-time clock runs). */
  | 'QUEUED'
  /** Closed. A new visitor message reopens it with the assistant. */
  | 'RESOLVED';

/** An ownership change, as it happened. */
export type ConversationStatusChange = {
  __typename?: 'ConversationStatusChange';
  /** The owning agent afterwards; null when no agent owns it. */
  assigneeName?: Maybe<Scalars['String']['output']>;
  /** What happened. */
  change: OwnershipChange;
  /** The status afterwards. */
  status: ConversationStatus;
};

/** Another agent owns the conversation (e.g. won the take-over). */
export type ConversationTakenError = Error & {
  __typename?: 'ConversationTakenError';
  /** Global id of the agent who owns it now. */
  agentId: Scalars['ID']['output'];
  /** Who has it. */
  agentName: Scalars['String']['output'];
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
};

/** A new API key: its name, scopes and optional expiry. */
export type CreateApiKeyInput = {
  /** Optional; must be in the future. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the key is for, e.g. "CRM sync" (1–80 characters). */
  name: Scalars['String']['input'];
  /** At least one. */
  scopes: Array<ApiScope>;
};

/** A new key. `secret` is shown only here: store it now. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The key as stored (without its secret). */
  apiKey: ApiKey;
  /** The whole key, `bk_<prefix>_<secret>`: send it as `Authorization: Bearer <key>`. Never shown again. */
  secret: Scalars['String']['output'];
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** A note for the team. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** At least one event type (see `webhookEventTypes`). */
  events: Array<Scalars['String']['input']>;
  /** An http(s) URL on a public address. */
  url: Scalars['String']['input'];
};

/** A button visitors can press, e.g. "Talk to a human". */
export type CustomAction = Node & {
  __typename?: 'CustomAction';
  /** Tells the assistant when to suggest this action. */
  description: Scalars['String']['output'];
  /** Shown to visitors (disabled actions are visible to agents only). */
  enabled: Scalars['Boolean']['output'];
  /** What the visitor fills in, in display order. */
  fields: Array<CustomActionField>;
  /** Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object. */
  id: Scalars['ID']['output'];
  /** What pressing it does. */
  intent: ActionIntent;
  /** The button text. */
  label: Scalars['String']['output'];
  /** Display order, lowest first. */
  position: Scalars['Int']['output'];
};

/** One input the visitor fills in before the action runs, in display order. */
export type CustomActionField = {
  __typename?: 'CustomActionField';
  /** Stable key of the value, e.g. `orderNumber`. */
  key: Scalars['String']['output'];
  /** What the visitor sees above the input. */
  label: Scalars['String']['output'];
  /** The longest accepted value (the field's own limit, or the default for its type). */
  maxLength: Scalars['Int']['output'];
  /** The choices of a SINGLE_CHOICE field. */
  options: Array<Scalars['String']['output']>;
  /** Hint text in the empty input; null for none. */
  placeholder?: Maybe<Scalars['String']['output']>;
  /** The action cannot be submitted without it. */
  required: Scalars['Boolean']['output'];
  /** The kind of input. */
  type: ActionFieldType;
};

/** One field of a custom action. */
export type CustomActionFieldInput = {
  /** Stable key of the value, e.g. `orderNumber`. */
  key: Scalars['String']['input'];
  /** 1–120 characters. */
  label: Scalars['String']['input'];
  /** Longest accepted value; null: the type's default. */
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  /** The choices of a SINGLE_CHOICE field (at most 50, each 1–200 characters). */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Hint text (at most 200 characters). */
  placeholder?: InputMaybe<Scalars['String']['input']>;
  /** Must the visitor fill it in? */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** The kind of input. */
  type: ActionFieldType;
};

/** A custom action and its whole list of fields. */
export type CustomActionInput = {
  /** Tells the assistant when to suggest it (at most 1000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Show it to visitors. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** In display order. */
  fields?: InputMaybe<Array<CustomActionFieldInput>>;
  /** What pressing it does. */
  intent?: InputMaybe<ActionIntent>;
  /** The button text. */
  label: Scalars['String']['input'];
};

/** The browser, system and device a user agent names (parsed on the server). */
export type DeviceInfo = {
  __typename?: 'DeviceInfo';
  /** e.g. `Safari`, `Chrome`, `Microsoft Edge`. */
  browser?: Maybe<Scalars['String']['output']>;
  /** The browser's version. */
  browserVersion?: Maybe<Scalars['String']['output']>;
  /** e.g. `iPhone`, `iPad`, when named. */
  model?: Maybe<Scalars['String']['output']>;
  /** e.g. `iOS`, `macOS`, `Android`, `Windows`. */
  os?: Maybe<Scalars['String']['output']>;
  /** The system's version. */
  osVersion?: Maybe<Scalars['String']['output']>;
  /** One line for people, e.g. `Safari 17.4 on iOS 17.4 (iPhone)`. */
  summary: Scalars['String']['output'];
  /** Phone, tablet, desktop… */
  type: DeviceType;
};

/** The kind of device a browser session ran on. */
export type DeviceType =
  /** A crawler or automated browser that says so. */
  | 'BOT'
  /** A desktop or laptop computer. */
  | 'DESKTOP'
  /** A phone. */
  | 'MOBILE'
  /** A tablet. */
  | 'TABLET'
  /** A television or set-top box. */
  | 'TV'
  /** The user agent does not say. */
  | 'UNKNOWN';

/** An account with this email already exists. */
export type EmailTakenError = Error & {
  __typename?: 'EmailTakenError';
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
};

/** The visitor's sessions have ended. */
export type EndVisitorSessionsPayload = {
  __typename?: 'EndVisitorSessionsPayload';
  /** Widget sessions that were still open. */
  endedSessions: Scalars['Int']['output'];
  /** The visitor. */
  visitor: Visitor;
};

/** Implemented by every typed error a mutation can return. */
export type Error = {
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
};

/** What the widget tells a queued visitor, from the agents available now and the live queue. */
export type ExpectedWait = {
  __typename?: 'ExpectedWait';
  /** Agents ONLINE now (connected, not away). */
  availableAgents: Scalars['Int']['output'];
  /** About how long until a teammate joins; null when nobody is available (the team is away). */
  estimateSeconds?: Maybe<Scalars['Int']['output']>;
  /** 1 for the conversation waiting longest. */
  queuePosition: Scalars['Int']['output'];
};

/** What an explicit "I want a person" does: start the handoff at once, or offer the action first. */
export type ExplicitRequestMode =
  /** Offer the escalation action as a button first. */
  | 'OFFER_ACTION'
  /** Queue the conversation for the team at once. */
  | 'START_HANDOFF';

/** One invalid input field. */
export type FieldError = {
  __typename?: 'FieldError';
  /** Why this field was refused, for people. */
  message: Scalars['String']['output'];
  /** Dotted path of the field, e.g. `input.email`. */
  path: Scalars['String']['output'];
};

/** The viewer's role or scopes do not allow this. */
export type ForbiddenError = Error & {
  __typename?: 'ForbiddenError';
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
  /** The scope the API key lacks, when that is why (also `extensions.missingScope` on top-level errors). */
  missingScope?: Maybe<ApiScope>;
};

/** The outcome of pressing a custom action. */
export type HandoffPayload = {
  __typename?: 'HandoffPayload';
  /** True when a handoff was already pending (or a teammate already has the chat): nothing new was queued; the submission is in the transcript for the team. */
  alreadyRequested: Scalars['Boolean']['output'];
  /** The conversation afterwards (QUEUED for an escalation). */
  conversation: Conversation;
};

/** The handoff packet: why, what the visitor entered, a summary, and what the assistant cited. */
export type HandoffRequest = {
  __typename?: 'HandoffRequest';
  /** The custom action pressed (BUTTON); null otherwise or when the action was deleted. */
  actionLabel?: Maybe<Scalars['String']['output']>;
  /** The action's fields as the visitor filled them in, in field order. */
  capturedValues: Array<CapturedValue>;
  /** The documents the assistant cited before the handoff (a snapshot). */
  citedDocuments: Array<Citation>;
  /** The request's database id (handoff requests are not nodes). */
  id: Scalars['String']['output'];
  /** When it was requested. */
  requestedAt: Scalars['DateTime']['output'];
  /** What became of it. */
  status: HandoffStatus;
  /** A short summary of the conversation so far, for the agent. */
  summary: Scalars['String']['output'];
  /** With a SENSITIVE trigger: the topic key (`fraud`, `account_change`, `health_safety`, `legal`, `complex_return`) or the name of the workspace's own topic. */
  topic?: Maybe<Scalars['String']['output']>;
  /** The topic as people read it ("Fraud or unauthorised payments"). */
  topicName?: Maybe<Scalars['String']['output']>;
  /** Why it was requested. */
  trigger: HandoffTrigger;
};

/** What became of a handoff request. */
export type HandoffStatus =
  /** An agent took over (or was assigned the conversation). */
  | 'ACCEPTED'
  /** Handed back to the assistant or resolved before anyone took over. */
  | 'CANCELLED'
  /** Waiting in the queue for an agent. */
  | 'PENDING';

/** An admin's own "always hand off when…" topic, recognised by its name and example phrasings. */
export type HandoffTopic = Node & {
  __typename?: 'HandoffTopic';
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** On: matching questions are handed off (trigger SENSITIVE). */
  enabled: Scalars['Boolean']['output'];
  /** Ways a visitor might say it, matched by meaning. */
  examples: Array<Scalars['String']['output']>;
  /** Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object. */
  id: Scalars['ID']['output'];
  /** What the topic is, e.g. "Cancelling a subscription". */
  name: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A workspace's own handoff topic. */
export type HandoffTopicInput = {
  /** Default true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** A few ways a visitor might say it (0–20). Without examples the name alone is matched. */
  examples?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1–80 characters. */
  name: Scalars['String']['input'];
};

/** Why a handoff was requested: a button, an explicit request for a person, low confidence, frustration, or a sensitive topic the assistant must not handle. */
export type HandoffTrigger =
  /** The visitor pressed a custom action. */
  | 'BUTTON'
  /** The visitor asked for a person. */
  | 'EXPLICIT_REQUEST'
  /** The visitor seemed frustrated (when frustration detection is on). */
  | 'FRUSTRATION'
  /** The assistant's confidence was below the workspace's threshold. */
  | 'LOW_CONFIDENCE'
  /** A sensitive topic (built-in or the workspace's own) that only people handle. */
  | 'SENSITIVE';

/** What the host page knows about the visitor (`Baton.identify`, `Baton.setAttributes`). */
export type IdentifyVisitorInput = {
  /** Merged into the visitor's attributes (at most 50 keys and 16 KiB per visitor in total). */
  attributes?: InputMaybe<Array<VisitorAttributeInput>>;
  /** The visitor's email (verified only with `signature`). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The site's own id for this visitor (unique per workspace). */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The visitor's name, as the page knows it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Identity verification: hex HMAC-SHA256 of the externalId (or, with no externalId, of the lower-cased email) keyed with the workspace's identity secret, computed on the company's server. With it the visitor is verified; required when the workspace enforces verification. */
  signature?: InputMaybe<Scalars['String']['input']>;
};

/** The visitor as Baton now knows them. */
export type IdentifyVisitorPayload = {
  __typename?: 'IdentifyVisitorPayload';
  /** The visitor's email; null if none. */
  email?: Maybe<Scalars['String']['output']>;
  /** True when the identity was signed by the company (now or earlier in this visitor record). */
  identityVerified: Scalars['Boolean']['output'];
  /** The visitor's name; null if none. */
  name?: Maybe<Scalars['String']['output']>;
  /** Set when the signed identity is a customer Baton already knows: this session now belongs to the customer's record. Use this token from now on (and start the widget session again to resume it). */
  visitorToken?: Maybe<Scalars['String']['output']>;
};

/** Why a visitor identity was refused. */
export type IdentityProblem =
  /** The signature does not match the externalId (or email) with the current identity secret. */
  | 'SIGNATURE_INVALID'
  /** No signature, but one is needed: the workspace enforces verification, or the call would change an already verified identity. */
  | 'SIGNATURE_REQUIRED';

/** The visitor's identity needs a valid signature from the company's server (or the one given does not match); nothing changed. */
export type IdentityVerificationError = Error & {
  __typename?: 'IdentityVerificationError';
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
  /** Which problem, for programs. */
  reason: IdentityProblem;
};

/** A notification for the workspace's agents. */
export type InboxEvent = {
  __typename?: 'InboxEvent';
  /** Who took over, released, resolved… */
  agentName?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The conversation as it is now. */
  conversation: Conversation;
  /** What happened. */
  kind: InboxEventKind;
};

/** What happened in the workspace. */
export type InboxEventKind =
  /** Returned to the assistant. */
  | 'HANDED_BACK'
  /** A handoff was requested: the conversation is queued. */
  | 'HANDOFF_REQUESTED'
  /** An owner or admin gave it to another agent. */
  | 'REASSIGNED'
  /** Its agent put it back in the queue. */
  | 'RELEASED'
  /** A resolved conversation was reopened: by a visitor message (with the assistant) or by an agent (who owns it). */
  | 'REOPENED'
  /** Marked resolved. */
  | 'RESOLVED'
  /** A queued conversation passed the workspace's response-time target without a human reply. */
  | 'RESPONSE_TARGET_BREACHED'
  /** An agent took it over. */
  | 'TAKEN_OVER'
  /** A visitor wrote in a conversation. */
  | 'VISITOR_MESSAGE';

/** Wrong email or password (the same error for both). */
export type InvalidCredentialsError = Error & {
  __typename?: 'InvalidCredentialsError';
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
};

/** The request is not allowed in the current state. */
export type InvalidOperationError = Error & {
  __typename?: 'InvalidOperationError';
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
};

/** An invitation for someone to join the workspace as a team member. */
export type Invitation = Node & {
  __typename?: 'Invitation';
  /** When the invitee joined; null until then. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Who was invited (lower-cased). */
  email: Scalars['String']['output'];
  /** Why the last e-mail failed (the mail server refused it or did not answer in time). */
  emailError?: Maybe<Scalars['String']['output']>;
  /** Whether Baton e-mailed the link (needs `SMTP_URL`). */
  emailStatus: InvitationEmailStatus;
  /** When the link was last e-mailed. */
  emailedAt?: Maybe<Scalars['DateTime']['output']>;
  /** After this the link no longer works (`BATON_INVITATION_TTL_HOURS` after sending). */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object. */
  id: Scalars['ID']['output'];
  /** Who sent it; null when that member no longer exists. */
  invitedBy?: Maybe<Agent>;
  /** When an owner or admin revoked it; null if not revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The role the invitee gets on joining. */
  role: AgentRole;
  /** The link to send to the invitee, available at any time (owner/admin); null for an invitation made before links could be shown again. */
  url?: Maybe<Scalars['String']['output']>;
};

/** Whether an invitation was e-mailed. */
export type InvitationEmailStatus =
  /** The mail server refused it or did not answer in time (see `emailError`). */
  | 'FAILED'
  /** No mail server is set up (`SMTP_URL`): the link is sent by hand. */
  | 'NOT_CONFIGURED'
  /** The mail server accepted the e-mail. */
  | 'SENT';

/** The invitation cannot be used. */
export type InvitationInvalidError = Error & {
  __typename?: 'InvitationInvalidError';
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
  /** Which problem, for programs. */
  reason: InvitationProblem;
};

/** A new invitation with its link (also `Invitation.url` later) and whether it was e-mailed (`invitation.emailStatus`). */
export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  /** The invitation as stored. */
  invitation: Invitation;
  /** The secret of the link. */
  token: Scalars['String']['output'];
  /** The link to send to the invitee. */
  url: Scalars['String']['output'];
};

/** What the accept-invitation screen shows before the invitee sets a password. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  /** The invited email; the new account gets it. */
  email: Scalars['String']['output'];
  /** The link works until then. */
  expiresAt: Scalars['DateTime']['output'];
  /** The role the invitee will have. */
  role: AgentRole;
  /** The workspace the invitation is for. */
  workspaceName: Scalars['String']['output'];
};

/** Why an invitation cannot be used. */
export type InvitationProblem =
  /** It has already been used to join. */
  | 'ALREADY_ACCEPTED'
  /** It expired; an owner or admin can send a new one. */
  | 'EXPIRED'
  /** No invitation has this token. */
  | 'NOT_FOUND'
  /** An owner or admin revoked it. */
  | 'REVOKED';

/** Who to invite, and as what. */
export type InviteAgentInput = {
  /** Their email; must not have a Baton account yet. */
  email: Scalars['String']['input'];
  /** ADMIN or AGENT. */
  role?: InputMaybe<AgentRole>;
};

/** A help-centre article the assistant answers from. */
export type KnowledgeDocument = Node & {
  __typename?: 'KnowledgeDocument';
  /** The article text, markdown or plain. */
  content: Scalars['String']['output'];
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object. */
  id: Scalars['ID']['output'];
  /** Where the article is published (linked in citations); null if not given. */
  sourceUrl?: Maybe<Scalars['String']['output']>;
  /** The article title (cited to visitors). */
  title: Scalars['String']['output'];
  /** When it last changed (re-indexed then). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A knowledge document (replaces title, content and source URL). */
export type KnowledgeDocumentInput = {
  /** Markdown or plain text. */
  content: Scalars['String']['input'];
  /** An http(s) URL where it is published; empty or null for none. */
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  /** 1–200 characters. */
  title: Scalars['String']['input'];
};

/** A team member's credentials. */
export type LogInInput = {
  /** Sign-in email (case does not matter). */
  email: Scalars['String']['input'];
  /** The password (at most 256 characters). */
  password: Scalars['String']['input'];
};

/** The session has ended. */
export type LogOutPayload = {
  __typename?: 'LogOutPayload';
  /** Always true: the token no longer works. */
  ok: Scalars['Boolean']['output'];
};

/** A message in a conversation. */
export type Message = Node & {
  __typename?: 'Message';
  /** Who wrote it. */
  authorKind: AuthorKind;
  /** The author's display name when it was sent (an agent's name, the assistant's); null when none was known. */
  authorName?: Maybe<Scalars['String']['output']>;
  /** The text (up to 4000 characters); markdown from agents. */
  body: Scalars['String']['output'];
  /** Knowledge documents an assistant message relied on (empty for other authors). */
  citations: Array<Citation>;
  /** The sender's idempotency key, if it gave one (matches its optimistic copy). */
  clientId?: Maybe<Scalars['String']['output']>;
  /** When it was stored. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object. */
  id: Scalars['ID']['output'];
  /** An internal note: never shown to the visitor. */
  internal: Scalars['Boolean']['output'];
  /** The conversation sequence number of this message. */
  seq: Scalars['Int']['output'];
  /** A custom action the visitor submitted, with the values they filled in (the body says the same in words); null for other messages. */
  submission?: Maybe<ActionSubmission>;
  /** Custom actions the assistant offered as buttons with this message. */
  suggestedActionIds: Array<Scalars['ID']['output']>;
  /** With a SENSITIVE suggestion: the topic (a built-in key such as `fraud`, or the name of the workspace's own topic). */
  suggestionTopic?: Maybe<Scalars['String']['output']>;
  /** Why the assistant offered a handoff with this message. */
  suggestionTrigger?: Maybe<HandoffTrigger>;
};

/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Join a workspace: set your name and password; returns a session. */
  acceptInvitation: MutationAcceptInvitationResult;
  /** Make a member ADMIN or AGENT (owner/admin only). */
  changeAgentRole: MutationChangeAgentRoleResult;
  /** Create an API key acting for you with the given scopes (owner/admin, signed-in session). */
  createApiKey: MutationCreateApiKeyResult;
  /** Add a custom action at the end of the list (owner/admin only). */
  createCustomAction: MutationCreateCustomActionResult;
  /** Add a handoff topic (owner/admin only). */
  createHandoffTopic: MutationCreateHandoffTopicResult;
  /** Add a document to the knowledge base (owner/admin only); the assistant can cite it at once. */
  createKnowledgeDocument: MutationCreateKnowledgeDocumentResult;
  /** Turns an agent's reply into a knowledge document (title: the visitor's question, unless given); closes the conversation's content gaps. */
  createKnowledgeFromReply: MutationCreateKnowledgeFromReplyResult;
  /** Add an endpoint; its signing secret is in `secret`. */
  createWebhookEndpoint: MutationCreateWebhookEndpointResult;
  /** Sign a member out everywhere and block their access (owner/admin only). */
  deactivateAgent: MutationDeactivateAgentResult;
  /** Delete an action; returns it as it was. Past handoff requests keep their captured values. */
  deleteCustomAction: MutationDeleteCustomActionResult;
  /** Delete a handoff topic (owner/admin only); returns it as it was. */
  deleteHandoffTopic: MutationDeleteHandoffTopicResult;
  /** Delete a document (owner/admin only); returns it as it was. */
  deleteKnowledgeDocument: MutationDeleteKnowledgeDocumentResult;
  /** Delete an endpoint and its delivery log; returns it as it was. Pending deliveries are not sent. */
  deleteWebhookEndpoint: MutationDeleteWebhookEndpointResult;
  /** End every widget session of a visitor (any agent of the workspace): their visitor tokens stop working at once, over HTTP and on open sockets, and the widget starts a new, anonymous session. */
  endVisitorSessions: MutationEndVisitorSessionsResult;
  /** Return the conversation to the assistant. */
  handBackConversation: MutationHandBackConversationResult;
  /** The visitor (widget) tells who they are; agents see it on the conversation, marked verified only with a valid `signature`. Never reveals whether another visitor has the externalId. */
  identifyVisitor: MutationIdentifyVisitorResult;
  /** Invite someone by email (owner/admin only): returns the link, e-mailed to them when SMTP is set up. A refused or timed-out e-mail does not undo the invitation: see `invitation.emailStatus`. */
  inviteAgent: MutationInviteAgentResult;
  /** Too many failed attempts for one email from one IP (or from one IP in all) answer RateLimitedError, even with the right password, until the block ends. */
  logIn: MutationLogInResult;
  /** End the current session; its token stops working everywhere. */
  logOut: MutationLogOutResult;
  /** Restore a deactivated member (owner/admin only). */
  reactivateAgent: MutationReactivateAgentResult;
  /** Give a conversation to another agent (owner/admin only). */
  reassignConversation: MutationReassignConversationResult;
  /** Send a delivery again now, with the same delivery id and body (one attempt; a delivery still being retried is tried now). */
  redeliverWebhook: MutationRedeliverWebhookResult;
  /** Put a conversation you own back in the queue (admins: any). */
  releaseConversation: MutationReleaseConversationResult;
  /** Reopen a resolved conversation and become its owner. If someone else was faster, ConversationTakenError names them. */
  reopenConversation: MutationReopenConversationResult;
  /** Set the order of the workspace's actions: list every action id once, first to last. */
  reorderCustomActions: MutationReorderCustomActionsResult;
  /** An agent reply (you must own the conversation) or an internal note (any agent). */
  replyToConversation: MutationReplyToConversationResult;
  /** E-mail a pending invitation’s link again (owner/admin; needs `SMTP_URL`). A refused send is recorded on the invitation (`emailStatus: FAILED`), not an error. */
  resendInvitation: MutationResendInvitationResult;
  /** Mark the conversation resolved. A new visitor message reopens it with the assistant. */
  resolveConversation: MutationResolveConversationResult;
  /** Revoke a key at once: requests with it are refused and its open subscriptions end. */
  revokeApiKey: MutationRevokeApiKeyResult;
  /** Make a pending invitation unusable (owner/admin only); returns it with `revokedAt` set. Revoking twice is harmless; an accepted one answers InvitationInvalidError. */
  revokeInvitation: MutationRevokeInvitationResult;
  /** Generate a new identity secret (owner/admin only). Signatures made with the previous one are refused from now on. */
  rotateIdentitySecret: MutationRotateIdentitySecretResult;
  /** Replace the signing secret; the old one stops working at once. */
  rotateWebhookSecret: MutationRotateWebhookSecretResult;
  /** A visitor's message. Writing in a resolved conversation reopens it. */
  sendMessage: MutationSendMessageResult;
  /** Send a `webhook.test` event to the endpoint now (one attempt, also when it is disabled). */
  sendTestWebhook: MutationSendTestWebhookResult;
  /** Set the signed-in member away (true: auto-assignment skips them; teammates see AWAY) or available again (false). */
  setAway: MutationSetAwayResult;
  /** Show or hide an action for visitors (owner/admin only). */
  setCustomActionEnabled: MutationSetCustomActionEnabledResult;
  /** Switches a built-in sensitive topic on or off. */
  setSensitiveTopic: MutationSetSensitiveTopicResult;
  /** Show or hide a typing indicator on the conversation stream (not stored). */
  setTyping: MutationSetTypingResult;
  /** Create a workspace and its owner; returns a session. */
  signUp: MutationSignUpResult;
  /** Start (or, with a visitor token, resume) a visitor's conversation. The request origin must be allowed by the workspace. */
  startWidgetSession: MutationStartWidgetSessionResult;
  /** A visitor presses a custom action. Every field is checked on the server; on errors nothing is written and ValidationError lists them per field (`values.<key>`). */
  submitAction: MutationSubmitActionResult;
  /** Take a queued (or assistant-owned) conversation. If someone else was faster, ConversationTakenError names them. */
  takeOver: MutationTakeOverResult;
  /** Change the assistant settings (owner/admin only); only the fields given change. */
  updateAssistantSettings: MutationUpdateAssistantSettingsResult;
  /** Turn auto-assignment on or off and set the per-agent cap (owner/admin only). Turning it on assigns the queue at once. */
  updateAutoAssignment: MutationUpdateAutoAssignmentResult;
  /** Replace an action's settings and its whole list of fields. */
  updateCustomAction: MutationUpdateCustomActionResult;
  /** Replace a handoff topic (owner/admin only). */
  updateHandoffTopic: MutationUpdateHandoffTopicResult;
  /** Replace a document (owner/admin only). */
  updateKnowledgeDocument: MutationUpdateKnowledgeDocumentResult;
  /** Change an endpoint's URL, note, events, or pause / resume it. */
  updateWebhookEndpoint: MutationUpdateWebhookEndpointResult;
  /** Change workspace settings (owner/admin only). */
  updateWorkspace: MutationUpdateWorkspaceResult;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationChangeAgentRoleArgs = {
  agentId: Scalars['ID']['input'];
  role: AgentRole;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationCreateCustomActionArgs = {
  input: CustomActionInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationCreateHandoffTopicArgs = {
  input: HandoffTopicInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationCreateKnowledgeDocumentArgs = {
  input: KnowledgeDocumentInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationCreateKnowledgeFromReplyArgs = {
  messageId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationDeactivateAgentArgs = {
  agentId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationDeleteCustomActionArgs = {
  actionId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationDeleteHandoffTopicArgs = {
  topicId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationDeleteKnowledgeDocumentArgs = {
  documentId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationDeleteWebhookEndpointArgs = {
  endpointId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationEndVisitorSessionsArgs = {
  visitorId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationHandBackConversationArgs = {
  conversationId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationIdentifyVisitorArgs = {
  input: IdentifyVisitorInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationInviteAgentArgs = {
  input: InviteAgentInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationLogInArgs = {
  input: LogInInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationReactivateAgentArgs = {
  agentId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationReassignConversationArgs = {
  agentId: Scalars['ID']['input'];
  conversationId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationReleaseConversationArgs = {
  conversationId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationReopenConversationArgs = {
  conversationId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationReorderCustomActionsArgs = {
  actionIds: Array<Scalars['ID']['input']>;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationReplyToConversationArgs = {
  input: ReplyInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationResendInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationResolveConversationArgs = {
  conversationId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationRevokeApiKeyArgs = {
  apiKeyId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationRevokeInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationRotateWebhookSecretArgs = {
  endpointId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationSendTestWebhookArgs = {
  endpointId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationSetAwayArgs = {
  away: Scalars['Boolean']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationSetCustomActionEnabledArgs = {
  actionId: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationSetSensitiveTopicArgs = {
  enabled: Scalars['Boolean']['input'];
  key: Scalars['String']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationSetTypingArgs = {
  conversationId: Scalars['ID']['input'];
  isTyping: Scalars['Boolean']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationSignUpArgs = {
  input: SignUpInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationStartWidgetSessionArgs = {
  input: StartWidgetSessionInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationSubmitActionArgs = {
  input: SubmitActionInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationTakeOverArgs = {
  conversationId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationUpdateAssistantSettingsArgs = {
  input: AssistantSettingsInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationUpdateAutoAssignmentArgs = {
  input: UpdateAutoAssignmentInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationUpdateCustomActionArgs = {
  actionId: Scalars['ID']['input'];
  input: CustomActionInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationUpdateHandoffTopicArgs = {
  input: HandoffTopicInput;
  topicId: Scalars['ID']['input'];
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationUpdateKnowledgeDocumentArgs = {
  documentId: Scalars['ID']['input'];
  input: KnowledgeDocumentInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationUpdateWebhookEndpointArgs = {
  endpointId: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
};


/** Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors. */
export type MutationUpdateWorkspaceArgs = {
  input: UpdateWorkspaceInput;
};

/** What `Mutation.acceptInvitation` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationAcceptInvitationResult = AuthPayload | EmailTakenError | InvalidOperationError | InvitationInvalidError | ServiceUnavailableError | ValidationError;

/** What `Mutation.changeAgentRole` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationChangeAgentRoleResult = Agent | AuthenticationError | ForbiddenError | InvalidOperationError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.createApiKey` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationCreateApiKeyResult = AuthenticationError | CreateApiKeyPayload | ForbiddenError | ServiceUnavailableError | ValidationError;

/** What `Mutation.createCustomAction` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationCreateCustomActionResult = AuthenticationError | CustomAction | ForbiddenError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.createHandoffTopic` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationCreateHandoffTopicResult = AuthenticationError | ForbiddenError | HandoffTopic | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.createKnowledgeDocument` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationCreateKnowledgeDocumentResult = AuthenticationError | ForbiddenError | KnowledgeDocument | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.createKnowledgeFromReply` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationCreateKnowledgeFromReplyResult = AuthenticationError | ForbiddenError | KnowledgeDocument | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.createWebhookEndpoint` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationCreateWebhookEndpointResult = AuthenticationError | ForbiddenError | NotFoundError | ServiceUnavailableError | ValidationError | WebhookEndpoint;

/** What `Mutation.deactivateAgent` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationDeactivateAgentResult = Agent | AuthenticationError | ForbiddenError | InvalidOperationError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.deleteCustomAction` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationDeleteCustomActionResult = AuthenticationError | CustomAction | ForbiddenError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.deleteHandoffTopic` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationDeleteHandoffTopicResult = AuthenticationError | ForbiddenError | HandoffTopic | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.deleteKnowledgeDocument` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationDeleteKnowledgeDocumentResult = AuthenticationError | ForbiddenError | KnowledgeDocument | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.deleteWebhookEndpoint` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationDeleteWebhookEndpointResult = AuthenticationError | ForbiddenError | NotFoundError | ServiceUnavailableError | ValidationError | WebhookEndpoint;

/** What `Mutation.endVisitorSessions` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationEndVisitorSessionsResult = AuthenticationError | EndVisitorSessionsPayload | ForbiddenError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.handBackConversation` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationHandBackConversationResult = AuthenticationError | Conversation | ConversationTakenError | ForbiddenError | InvalidOperationError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.identifyVisitor` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationIdentifyVisitorResult = AuthenticationError | ForbiddenError | IdentifyVisitorPayload | IdentityVerificationError | ServiceUnavailableError | ValidationError;

/** What `Mutation.inviteAgent` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationInviteAgentResult = AuthenticationError | EmailTakenError | ForbiddenError | InvitationPayload | ServiceUnavailableError | ValidationError;

/** What `Mutation.logIn` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationLogInResult = AuthPayload | InvalidCredentialsError | InvalidOperationError | RateLimitedError | ServiceUnavailableError | ValidationError;

/** What `Mutation.logOut` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationLogOutResult = AuthenticationError | LogOutPayload | ServiceUnavailableError;

/** What `Mutation.reactivateAgent` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationReactivateAgentResult = Agent | AuthenticationError | ForbiddenError | InvalidOperationError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.reassignConversation` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationReassignConversationResult = AuthenticationError | Conversation | ConversationTakenError | ForbiddenError | InvalidOperationError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.redeliverWebhook` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationRedeliverWebhookResult = AuthenticationError | ForbiddenError | InvalidOperationError | NotFoundError | ServiceUnavailableError | ValidationError | WebhookDelivery;

/** What `Mutation.releaseConversation` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationReleaseConversationResult = AuthenticationError | Conversation | ConversationTakenError | ForbiddenError | InvalidOperationError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.reopenConversation` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationReopenConversationResult = AuthenticationError | Conversation | ConversationTakenError | ForbiddenError | InvalidOperationError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.reorderCustomActions` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationReorderCustomActionsResult = AuthenticationError | ForbiddenError | MutationReorderCustomActionsSuccess | NotFoundError | ServiceUnavailableError | ValidationError;

/** The reordered actions. */
export type MutationReorderCustomActionsSuccess = {
  __typename?: 'MutationReorderCustomActionsSuccess';
  /** The workspace's actions in their new order. */
  data: Array<CustomAction>;
};

/** What `Mutation.replyToConversation` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationReplyToConversationResult = AuthenticationError | ForbiddenError | NotFoundError | OwnershipError | RateLimitedError | SendMessagePayload | ServiceUnavailableError | ValidationError;

/** What `Mutation.resendInvitation` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationResendInvitationResult = AuthenticationError | ForbiddenError | InvalidOperationError | Invitation | InvitationInvalidError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.resolveConversation` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationResolveConversationResult = AuthenticationError | Conversation | ConversationTakenError | ForbiddenError | InvalidOperationError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.revokeApiKey` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationRevokeApiKeyResult = ApiKey | AuthenticationError | ForbiddenError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.revokeInvitation` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationRevokeInvitationResult = AuthenticationError | ForbiddenError | Invitation | InvitationInvalidError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.rotateIdentitySecret` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationRotateIdentitySecretResult = AuthenticationError | ForbiddenError | ServiceUnavailableError | Workspace;

/** What `Mutation.rotateWebhookSecret` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationRotateWebhookSecretResult = AuthenticationError | ForbiddenError | NotFoundError | ServiceUnavailableError | ValidationError | WebhookEndpoint;

/** What `Mutation.sendMessage` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationSendMessageResult = AuthenticationError | ForbiddenError | NotFoundError | OwnershipError | RateLimitedError | SendMessagePayload | ServiceUnavailableError | ValidationError;

/** What `Mutation.sendTestWebhook` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationSendTestWebhookResult = AuthenticationError | ForbiddenError | NotFoundError | ServiceUnavailableError | ValidationError | WebhookDelivery;

/** What `Mutation.setAway` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationSetAwayResult = Agent | AuthenticationError | NotFoundError | ServiceUnavailableError;

/** What `Mutation.setCustomActionEnabled` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationSetCustomActionEnabledResult = AuthenticationError | CustomAction | ForbiddenError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.setSensitiveTopic` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationSetSensitiveTopicResult = AssistantSettings | AuthenticationError | ForbiddenError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.setTyping` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationSetTypingResult = AuthenticationError | ForbiddenError | MutationSetTypingSuccess | NotFoundError | RateLimitedError | ServiceUnavailableError | ValidationError;

/** The indicator was sent. */
export type MutationSetTypingSuccess = {
  __typename?: 'MutationSetTypingSuccess';
  /** Always true. */
  data: Scalars['Boolean']['output'];
};

/** What `Mutation.signUp` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationSignUpResult = AuthPayload | EmailTakenError | InvalidOperationError | RateLimitedError | ServiceUnavailableError | ValidationError;

/** What `Mutation.startWidgetSession` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationStartWidgetSessionResult = ForbiddenError | InvalidOperationError | NotFoundError | RateLimitedError | ServiceUnavailableError | ValidationError | WidgetSession;

/** What `Mutation.submitAction` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationSubmitActionResult = AuthenticationError | ForbiddenError | HandoffPayload | NotFoundError | RateLimitedError | ServiceUnavailableError | ValidationError;

/** What `Mutation.takeOver` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationTakeOverResult = AuthenticationError | Conversation | ConversationTakenError | ForbiddenError | InvalidOperationError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.updateAssistantSettings` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationUpdateAssistantSettingsResult = AssistantSettings | AuthenticationError | ForbiddenError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.updateAutoAssignment` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationUpdateAutoAssignmentResult = AuthenticationError | ForbiddenError | ServiceUnavailableError | ValidationError | Workspace;

/** What `Mutation.updateCustomAction` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationUpdateCustomActionResult = AuthenticationError | CustomAction | ForbiddenError | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.updateHandoffTopic` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationUpdateHandoffTopicResult = AuthenticationError | ForbiddenError | HandoffTopic | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.updateKnowledgeDocument` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationUpdateKnowledgeDocumentResult = AuthenticationError | ForbiddenError | KnowledgeDocument | NotFoundError | ServiceUnavailableError | ValidationError;

/** What `Mutation.updateWebhookEndpoint` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationUpdateWebhookEndpointResult = AuthenticationError | ForbiddenError | NotFoundError | ServiceUnavailableError | ValidationError | WebhookEndpoint;

/** What `Mutation.updateWorkspace` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type MutationUpdateWorkspaceResult = AuthenticationError | ForbiddenError | ServiceUnavailableError | ValidationError | Workspace;

/** An object with a global id, fetchable with `node(id:)`. */
export type Node = {
  /** Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object. */
  id: Scalars['ID']['output'];
};

/** No such object in your workspace. */
export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** The kind of object that was not found, e.g. `Conversation`. Ids of other workspaces are reported the same way. */
  entity: Scalars['String']['output'];
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
};

/** The checklist shown to owners and admins after sign-up; every step is read from the database. */
export type Onboarding = {
  __typename?: 'Onboarding';
  /** Every step is done. */
  complete: Scalars['Boolean']['output'];
  /** How many steps are done. */
  doneCount: Scalars['Int']['output'];
  /** The steps, in checklist order. */
  steps: Array<OnboardingStep>;
};

/** A checklist step and whether its real state exists now. */
export type OnboardingStep = {
  __typename?: 'OnboardingStep';
  /** True while what the step asks for exists in the workspace. */
  done: Scalars['Boolean']['output'];
  /** Which step. */
  id: OnboardingStepId;
};

/** One step of the onboarding checklist. */
export type OnboardingStepId =
  /** Create an action: a custom action beyond the "Talk to a human" one sign-up adds. */
  | 'ACTION'
  /** Invite a teammate: an invitation was sent, or the team has a second member. */
  | 'INVITE'
  /** Add knowledge: at least one knowledge document. */
  | 'KNOWLEDGE'
  /** Send a test chat: a conversation has a visitor message. */
  | 'TEST_CHAT'
  /** Install the widget: a widget session was started on any site. */
  | 'WIDGET';

/** How ownership of a conversation changed. */
export type OwnershipChange =
  /** Returned to the assistant. */
  | 'HANDED_BACK'
  /** A handoff was requested: the conversation is queued. */
  | 'HANDOFF_REQUESTED'
  /** An owner or admin gave it to another agent. */
  | 'REASSIGNED'
  /** Its agent put it back in the queue. */
  | 'RELEASED'
  /** A resolved conversation was reopened: by a visitor message (with the assistant) or by an agent (who owns it). */
  | 'REOPENED'
  /** Marked resolved. */
  | 'RESOLVED'
  /** An agent took it over. */
  | 'TAKEN_OVER';

/** The author does not own the conversation, so nothing was written. */
export type OwnershipError = Error & {
  __typename?: 'OwnershipError';
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
  /** Who owns the conversation instead. */
  owner: ConversationOwner;
  /** The owning agent's name when `owner` is AGENT; null otherwise. */
  ownerName?: Maybe<Scalars['String']['output']>;
};

/** Where a page of a connection sits; page on with `after: endCursor` (or back with `before: startCursor`). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The last edge's cursor; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow: exact when paging forward (`first`); when paging backward, true exactly when `before` was given. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede: exact when paging backward (`last`); when paging forward, true exactly when `after` was given. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The first edge's cursor; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Whether a team member is there to take a chat, from their inbox sockets and their own 'Away' toggle. */
export type Presence =
  /** The inbox is open but they set themselves away: auto-assignment skips them. */
  | 'AWAY'
  /** No inbox open for the presence grace period (or deactivated). */
  | 'OFFLINE'
  /** The inbox is open (on any instance) and they are available. */
  | 'ONLINE';

/** A teammate's presence changed. */
export type PresenceChange = {
  __typename?: 'PresenceChange';
  /** The member, as they are now. */
  agent: Agent;
  /** When it changed. */
  at: Scalars['DateTime']['output'];
  /** Their presence now. */
  presence: Presence;
};

/** Reads. Over HTTP (`POST /graphql`); see docs/api.md for authentication, scopes and limits. */
export type Query = {
  __typename?: 'Query';
  /** The workspace's AI spend cap and how much of it is used (owner/admin). */
  aiSpendCap: AiSpendCap;
  /** AI responses (and tokens, when the provider reports them) per day or month, oldest first (owner/admin). */
  aiUsage: Array<AiUsagePeriod>;
  /** The workspace's API keys, newest first, revoked ones included (owner/admin, signed-in session). */
  apiKeys: Array<ApiKey>;
  /** The workspace's assistant settings. */
  assistantSettings: AssistantSettings;
  /** Open content gaps, the most asked first. */
  contentGaps: Array<ContentGap>;
  /** One conversation: agents of its workspace, or its own visitor. Null otherwise. */
  conversation?: Maybe<Conversation>;
  /** Conversations of the viewer's workspace. Filtering on status [QUEUED] alone orders by waiting time (longest first); otherwise most recent activity first. */
  conversations: QueryConversationsConnection;
  /** The workspace's actions in order. Agents see all; visitors see the enabled ones. */
  customActions: Array<CustomAction>;
  /** The workspace's own handoff topics, oldest first. */
  handoffTopics: Array<HandoffTopic>;
  /** Preview an invitation by its secret token (no sign-in needed). */
  invitation: QueryInvitationResult;
  /** The workspace's knowledge base, by title. */
  knowledgeDocuments: QueryKnowledgeDocumentsConnection;
  /** Any object by its global id, or null when it does not exist or the caller may not see it (another workspace's ids are null too). */
  node?: Maybe<Node>;
  /** The signed-in agent, or null when signed out. */
  viewer?: Maybe<Agent>;
  /** The workspace's webhook endpoints, oldest first (owner/admin). */
  webhookEndpoints: Array<WebhookEndpoint>;
  /** The event types endpoints can subscribe to. */
  webhookEventTypes: Array<WebhookEventType>;
  /** The signed-in agent's workspace. */
  workspace: Workspace;
};


/** Reads. Over HTTP (`POST /graphql`); see docs/api.md for authentication, scopes and limits. */
export type QueryAiUsageArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  granularity?: InputMaybe<UsageGranularity>;
};


/** Reads. Over HTTP (`POST /graphql`); see docs/api.md for authentication, scopes and limits. */
export type QueryContentGapsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Over HTTP (`POST /graphql`); see docs/api.md for authentication, scopes and limits. */
export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Over HTTP (`POST /graphql`); see docs/api.md for authentication, scopes and limits. */
export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assignee?: InputMaybe<AssigneeFilter>;
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ConversationStatus>>;
};


/** Reads. Over HTTP (`POST /graphql`); see docs/api.md for authentication, scopes and limits. */
export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


/** Reads. Over HTTP (`POST /graphql`); see docs/api.md for authentication, scopes and limits. */
export type QueryKnowledgeDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Over HTTP (`POST /graphql`); see docs/api.md for authentication, scopes and limits. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

/** A page of conversations, in the order `conversations` describes. */
export type QueryConversationsConnection = {
  __typename?: 'QueryConversationsConnection';
  /** The items of this page, in order, each with its cursor. */
  edges: Array<QueryConversationsConnectionEdge>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
};

/** A conversation in a page of them. */
export type QueryConversationsConnectionEdge = {
  __typename?: 'QueryConversationsConnectionEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Conversation;
};

/** What `Query.invitation` returns: its result on success, or one of the typed errors that are members of this union (each implements `Error`). Select `__typename` and `... on Error { code message }`; see docs/api.md, "Errors". */
export type QueryInvitationResult = InvitationInvalidError | InvitationPreview | ServiceUnavailableError;

/** A page of knowledge documents. */
export type QueryKnowledgeDocumentsConnection = {
  __typename?: 'QueryKnowledgeDocumentsConnection';
  /** The items of this page, in order, each with its cursor. */
  edges: Array<QueryKnowledgeDocumentsConnectionEdge>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
};

/** A knowledge document in a page of them. */
export type QueryKnowledgeDocumentsConnectionEdge = {
  __typename?: 'QueryKnowledgeDocumentsConnectionEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: KnowledgeDocument;
};

/** Too many requests of this kind from this caller (or too many failed log-ins); nothing was written. */
export type RateLimitedError = Error & {
  __typename?: 'RateLimitedError';
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
  /** Try again after this many seconds. */
  retryAfterSeconds: Scalars['Int']['output'];
};

/** An agent's reply or internal note. */
export type ReplyInput = {
  /** Markdown, 1–4000 characters. */
  body: Scalars['String']['input'];
  /** Idempotency key (up to 100 of `A-Z a-z 0-9 _ . : -`): a retry with the same id stores the message once. */
  clientId?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the conversation. */
  conversationId: Scalars['ID']['input'];
  /** An internal note for the team, never shown to the visitor. */
  internal?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A visitor's message. */
export type SendMessageInput = {
  /** Up to 4000 characters. */
  body: Scalars['String']['input'];
  /** Client-generated id: a retry with the same id stores the message once. */
  clientId?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the visitor's conversation. */
  conversationId: Scalars['ID']['input'];
};

/** The stored message. */
export type SendMessagePayload = {
  __typename?: 'SendMessagePayload';
  /** True when this clientId was sent before: the message was stored once, this is it. */
  duplicate: Scalars['Boolean']['output'];
  /** The message as stored. */
  sentMessage: Message;
};

/** A built-in topic the assistant never handles itself; it offers a person instead (trigger SENSITIVE). */
export type SensitiveTopic = {
  __typename?: 'SensitiveTopic';
  /** What the topic covers. */
  description: Scalars['String']['output'];
  /** On: the assistant hands these off. */
  enabled: Scalars['Boolean']['output'];
  /** `fraud`, `account_change`, `health_safety`, `legal` or `complex_return`. */
  key: Scalars['String']['output'];
  /** The topic as people read it. */
  name: Scalars['String']['output'];
};

/** A transient fault (the database is unreachable): retry the same request after `retryAfterSeconds`, with the same `clientId` where there is one. Every mutation can return it. */
export type ServiceUnavailableError = Error & {
  __typename?: 'ServiceUnavailableError';
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
  /** Try again after this many seconds. */
  retryAfterSeconds: Scalars['Int']['output'];
};

/** What the widget knew about the visitor's browser session. */
export type SessionMetadata = {
  __typename?: 'SessionMetadata';
  /** What the user agent says about the browser, system and device; null without one. */
  device?: Maybe<DeviceInfo>;
  /** BCP 47, e.g. `en-GB`. */
  locale?: Maybe<Scalars['String']['output']>;
  /** That page's title. */
  pageTitle?: Maybe<Scalars['String']['output']>;
  /** The page the chat started on. */
  pageUrl?: Maybe<Scalars['String']['output']>;
  /** That page's referrer. */
  referrer?: Maybe<Scalars['String']['output']>;
  /** IANA, e.g. `Europe/Berlin`. */
  timezone?: Maybe<Scalars['String']['output']>;
  /** The browser's user agent. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** What the widget knows about the visitor's browser; shown to agents, never trusted. */
export type SessionMetadataInput = {
  /** BCP 47, e.g. `en-GB`. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** That page's title. */
  pageTitle?: InputMaybe<Scalars['String']['input']>;
  /** The page the widget runs on. */
  pageUrl?: InputMaybe<Scalars['String']['input']>;
  /** The page's referrer. */
  referrer?: InputMaybe<Scalars['String']['input']>;
  /** IANA, e.g. `Europe/Berlin`. */
  timezone?: InputMaybe<Scalars['String']['input']>;
  /** The browser's user agent. */
  userAgent?: InputMaybe<Scalars['String']['input']>;
};

/** A new workspace and its owner. */
export type SignUpInput = {
  /** The owner's sign-in email; must not have an account yet. */
  email: Scalars['String']['input'];
  /** The owner's display name (1–120 characters). */
  name: Scalars['String']['input'];
  /** At least 10 characters (at most 256), not a common or repetitive password. */
  password: Scalars['String']['input'];
  /** The company name (1–120 characters). */
  workspaceName: Scalars['String']['input'];
};

/** Which workspace, and the visitor to resume if any. */
export type StartWidgetSessionInput = {
  /** Browser context for agents (optional). */
  metadata?: InputMaybe<SessionMetadataInput>;
  /** The workspace's public widget key. */
  publicKey: Scalars['String']['input'];
  /** The token from an earlier session: resumes that visitor's conversation. */
  visitorToken?: InputMaybe<Scalars['String']['input']>;
};

/** A custom action pressed in a conversation. */
export type SubmitActionInput = {
  /** Global id of an enabled custom action. */
  actionId: Scalars['ID']['input'];
  /** Global id of the visitor's conversation. */
  conversationId: Scalars['ID']['input'];
  /** Values for the action's fields, by key. */
  values?: InputMaybe<Array<ActionValueInput>>;
};

/** Live events over WebSocket (graphql-ws, `/graphql`); see docs/api.md, "Subscriptions". */
export type Subscription = {
  __typename?: 'Subscription';
  /** A conversation's events for its visitor or the workspace's agents. With `afterSeq`, first replays every later event, then continues live — no gaps, no duplicates. Visitors never receive internal notes. */
  conversationEvents: ConversationEvent;
  /** Live notifications for the viewer's workspace: handoffs, take-overs, releases, resolutions, visitor messages, response-time breaches. */
  inboxEvents: InboxEvent;
  /** Live presence changes of the viewer's teammates (and their own, from another tab). */
  teamPresence: PresenceChange;
  /** Live notices about the workspace's webhooks (owner/admin): an endpoint Baton disabled. */
  webhookNotices: WebhookNotice;
};


/** Live events over WebSocket (graphql-ws, `/graphql`); see docs/api.md, "Subscriptions". */
export type SubscriptionConversationEventsArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  conversationId: Scalars['ID']['input'];
};

/** Someone started or stopped typing. */
export type TypingIndicator = {
  __typename?: 'TypingIndicator';
  /** Who is typing: VISITOR or AGENT. */
  authorKind: AuthorKind;
  /** False: hide the indicator. */
  isTyping: Scalars['Boolean']['output'];
  /** The typist's display name; null when none is known. */
  name?: Maybe<Scalars['String']['output']>;
};

/** Only the fields given change. */
export type UpdateAutoAssignmentInput = {
  /** Open conversations per agent, a whole number from 1 to 100 (a fraction is refused with a ValidationError). */
  cap?: InputMaybe<Scalars['Float']['input']>;
  /** OFF or ROUND_ROBIN. */
  mode?: InputMaybe<AutoAssignment>;
};

/** What to change; fields left out stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** A new note (empty: none). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Pause (false) or resume (true); resuming clears a disabling by Baton and the failure count. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The new list of event types. */
  events?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new http(s) URL on a public address. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; null or omitted leaves a setting as it is. */
export type UpdateWorkspaceInput = {
  /** e.g. `https://shop.example.com`. Empty list: any origin may embed the widget. */
  allowedOrigins?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Refuse visitor identities (externalId, email) without a valid signature. Needs an identity secret. */
  identityVerificationRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** The company name (1–120 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Seconds from a handoff request to the first human reply (30 s to 7 days). */
  responseTimeTargetSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The length of a usage period. */
export type UsageGranularity =
  /** UTC days (`YYYY-MM-DD`). */
  | 'DAY'
  /** Calendar months, UTC (`YYYY-MM`). */
  | 'MONTH';

/** The input was rejected; nothing was written. */
export type ValidationError = Error & {
  __typename?: 'ValidationError';
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md). */
  code: Scalars['String']['output'];
  /** Every invalid field, each with its path (empty only when the input as a whole was refused). */
  fieldErrors: Array<FieldError>;
  /** What went wrong, in English, for people (may change between releases: do not parse it). */
  message: Scalars['String']['output'];
};

/** A website visitor (agents only). */
export type Visitor = Node & {
  __typename?: 'Visitor';
  /** Custom attributes set by the host page, by key. */
  attributes: Array<VisitorAttribute>;
  /** When the visitor first started a chat. */
  createdAt: Scalars['DateTime']['output'];
  /** As the host page said it; trust it only when `emailVerified`. */
  email?: Maybe<Scalars['String']['output']>;
  /** The email was signed by the company. Otherwise it is only what the page (or the visitor) typed. */
  emailVerified: Scalars['Boolean']['output'];
  /** The company's own id for the customer; trust it only when `externalIdVerified`. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The externalId was signed by the company: this is that customer. */
  externalIdVerified: Scalars['Boolean']['output'];
  /** Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object. */
  id: Scalars['ID']['output'];
  /** The company's server signed this visitor's identity (its externalId, or its email when it has none). */
  identityVerified: Scalars['Boolean']['output'];
  /** When the visitor was last active (their latest message or identification). */
  lastSeenAt: Scalars['DateTime']['output'];
  /** As the host page said it: never verified. */
  name?: Maybe<Scalars['String']['output']>;
};

/** A custom attribute the host page set (`Baton.setAttributes`); unverified. */
export type VisitorAttribute = {
  __typename?: 'VisitorAttribute';
  /** Attribute name. */
  key: Scalars['String']['output'];
  /** Attribute value. */
  value: Scalars['String']['output'];
};

/** One custom attribute of the visitor (e.g. `plan` = `pro`). */
export type VisitorAttributeInput = {
  /** Attribute name. */
  key: Scalars['String']['input'];
  /** Attribute value (text). */
  value: Scalars['String']['input'];
};

/** One HTTP attempt of a delivery: what was sent and what came back. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** Attempt number within its delivery, from 1. */
  attempt: Scalars['Int']['output'];
  /** How long the attempt took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why the attempt failed; null when it succeeded. */
  error?: Maybe<Scalars['String']['output']>;
  /** The request headers sent, as a JSON object (the signature included; never the secret). */
  requestHeaders: Scalars['String']['output'];
  /** The first 2 KB of the response body. */
  responseExcerpt?: Maybe<Scalars['String']['output']>;
  /** When the request started. */
  startedAt: Scalars['DateTime']['output'];
  /** The HTTP status answered; null when no answer came (refused address, timeout, connection error). */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** One event for one endpoint. Its id is the `Baton-Delivery` header receivers de-duplicate on; retries and redeliveries keep it. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** HTTP attempts made so far. */
  attemptCount: Scalars['Int']['output'];
  /** Every attempt, first to last. */
  attempts: Array<WebhookAttempt>;
  /** The JSON body exactly as it is signed and sent. */
  body: Scalars['String']['output'];
  /** When the event happened and the delivery was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** When an attempt succeeded. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The endpoint the delivery goes to. */
  endpoint: WebhookEndpoint;
  /** The event type, e.g. `message.created` or `webhook.test`. */
  event: Scalars['String']['output'];
  /** Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object. */
  id: Scalars['ID']['output'];
  /** When the next attempt is due; null when none is planned. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the delivery stands. */
  status: WebhookDeliveryStatus;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** An attempt got a 2xx answer. */
  | 'DELIVERED'
  /** Out of attempts (or its endpoint is disabled); redeliver to try again. */
  | 'FAILED'
  /** Not delivered yet: waiting for its first attempt or a retry. */
  | 'PENDING';

/** A URL Baton sends signed events to (owner/admin). */
export type WebhookEndpoint = Node & {
  __typename?: 'WebhookEndpoint';
  /** Failed attempts in a row across deliveries; a success resets it. */
  consecutiveFailures: Scalars['Int']['output'];
  /** When the endpoint was added. */
  createdAt: Scalars['DateTime']['output'];
  /** The delivery log, newest first. */
  deliveries: WebhookEndpointDeliveriesConnection;
  /** A note for the team. */
  description?: Maybe<Scalars['String']['output']>;
  /** When Baton disabled the endpoint after repeated failures (cleared when re-enabled). */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why Baton disabled the endpoint. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** False when paused by an admin or disabled by Baton. */
  enabled: Scalars['Boolean']['output'];
  /** The event types the endpoint receives (see `webhookEventTypes`). */
  events: Array<Scalars['String']['output']>;
  /** Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object. */
  id: Scalars['ID']['output'];
  /** The signing secret (`whsec_…`): HMAC-SHA256 key of the `Baton-Signature` header. */
  secret: Scalars['String']['output'];
  /** Where events are POSTed. */
  url: Scalars['String']['output'];
};


/** A URL Baton sends signed events to (owner/admin). */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of an endpoint's deliveries, newest first. */
export type WebhookEndpointDeliveriesConnection = {
  __typename?: 'WebhookEndpointDeliveriesConnection';
  /** The items of this page, in order, each with its cursor. */
  edges: Array<WebhookEndpointDeliveriesConnectionEdge>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
};

/** A delivery in a page of them. */
export type WebhookEndpointDeliveriesConnectionEdge = {
  __typename?: 'WebhookEndpointDeliveriesConnectionEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: WebhookDelivery;
};

/** An event type an endpoint can subscribe to. */
export type WebhookEventType = {
  __typename?: 'WebhookEventType';
  /** What the event reports. */
  description: Scalars['String']['output'];
  /** The type string, e.g. `handoff.requested` (the `Baton-Event` header). */
  type: Scalars['String']['output'];
};

/** A notice about the workspace's webhooks, for its admins. */
export type WebhookNotice = {
  __typename?: 'WebhookNotice';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The endpoint as it is now (null once deleted). */
  endpoint?: Maybe<WebhookEndpoint>;
  /** What happened. */
  kind: WebhookNoticeKind;
  /** Why, in words. */
  reason: Scalars['String']['output'];
  /** The endpoint's URL. */
  url: Scalars['String']['output'];
};

/** What a webhook notice is about. */
export type WebhookNoticeKind =
  /** Baton disabled an endpoint after repeated failures. */
  | 'ENDPOINT_DISABLED';

/** A visitor session. Send `token` as `Authorization: Bearer <token>` (or `connectionParams.authorization`) for the visitor's calls, and keep it to resume later. */
export type WidgetSession = {
  __typename?: 'WidgetSession';
  /** The visitor's conversation (new, or the resumed one). */
  conversation: Conversation;
  /** The assistant's greeting (empty when none is set). */
  greeting: Scalars['String']['output'];
  /** The workspace's response-time target in seconds (for an expected-wait hint). */
  responseTimeTargetSeconds: Scalars['Int']['output'];
  /** True when `visitorToken` was valid and this is that visitor's conversation again. */
  resumed: Scalars['Boolean']['output'];
  /** The visitor token (renewed on every resume; valid `BATON_VISITOR_SESSION_TTL_DAYS`). */
  token: Scalars['String']['output'];
  /** The visitor's database id. */
  visitorId: Scalars['ID']['output'];
  /** The company name for the widget header. */
  workspaceName: Scalars['String']['output'];
};

/** A company using Baton: its team, settings, widget and conversations. */
export type Workspace = Node & {
  __typename?: 'Workspace';
  /** Team members, oldest first. */
  agents: WorkspaceAgentsConnection;
  /** Origins allowed to embed the widget; empty means any origin. */
  allowedOrigins: Array<Scalars['String']['output']>;
  /** Auto-assignment gives an agent at most this many open (ASSIGNED) conversations (1–100). */
  autoAssignCap: Scalars['Int']['output'];
  /** Who gets a new handoff. */
  autoAssignment: AutoAssignment;
  /** When the workspace was created (sign-up). */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object. */
  id: Scalars['ID']['output'];
  /** The key the company's server signs visitor identities with (HMAC-SHA256; owner/admin only). Null until generated with `rotateIdentitySecret`. Keep it on your server. */
  identitySecret?: Maybe<Scalars['String']['output']>;
  /** identifyVisitor refuses an externalId or email without a valid signature. */
  identityVerificationRequired: Scalars['Boolean']['output'];
  /** The company name, shown to visitors in the widget. */
  name: Scalars['String']['output'];
  /** The onboarding checklist (owner/admin only), computed from the workspace's real state. */
  onboarding?: Maybe<Onboarding>;
  /** Invitations not yet accepted, revoked or expired (owner/admin only). */
  pendingInvitations: WorkspacePendingInvitationsConnection;
  /** The key the widget embeds (`data-workspace`). Public by design. */
  publicKey: Scalars['String']['output'];
  /** Target, in seconds, from a handoff request to the first human reply; past it the conversation is marked breached (`responseTargetBreachedAt`). */
  responseTimeTargetSeconds: Scalars['Int']['output'];
  /** The `<script>` tag to paste into the company website. */
  widgetSnippet: Scalars['String']['output'];
};


/** A company using Baton: its team, settings, widget and conversations. */
export type WorkspaceAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeactivated?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A company using Baton: its team, settings, widget and conversations. */
export type WorkspacePendingInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of team members. */
export type WorkspaceAgentsConnection = {
  __typename?: 'WorkspaceAgentsConnection';
  /** The items of this page, in order, each with its cursor. */
  edges: Array<WorkspaceAgentsConnectionEdge>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages (ignores `first`, `last`, `after` and `before`). */
  totalCount: Scalars['Int']['output'];
};

/** A team member in a page of them. */
export type WorkspaceAgentsConnectionEdge = {
  __typename?: 'WorkspaceAgentsConnectionEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Agent;
};

/** A page of pending invitations, newest first. */
export type WorkspacePendingInvitationsConnection = {
  __typename?: 'WorkspacePendingInvitationsConnection';
  /** The items of this page, in order, each with its cursor. */
  edges: Array<WorkspacePendingInvitationsConnectionEdge>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many items the whole connection holds, across all pages (ignores `first`, `last`, `after` and `before`). */
  totalCount: Scalars['Int']['output'];
};

/** A pending invitation in a page of them. */
export type WorkspacePendingInvitationsConnectionEdge = {
  __typename?: 'WorkspacePendingInvitationsConnectionEdge';
  /** Opaque position of this item: pass it as `after` (or `before`) to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Invitation;
};

export type ExampleQueuedHandoffsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExampleQueuedHandoffsQuery = { __typename?: 'Query', conversations: { __typename?: 'QueryConversationsConnection', edges: Array<{ __typename?: 'QueryConversationsConnectionEdge', node: { __typename?: 'Conversation', id: string, waitingSeconds?: number | null, handoff?: { __typename?: 'HandoffRequest', summary: string } | null } }> } };

export type BatonConversationsQueryVariables = Exact<{
  status?: InputMaybe<Array<ConversationStatus> | ConversationStatus>;
  assignee?: InputMaybe<AssigneeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BatonConversationsQuery = { __typename?: 'Query', conversations: { __typename?: 'QueryConversationsConnection', edges: Array<{ __typename?: 'QueryConversationsConnectionEdge', cursor: string, node: { __typename?: 'Conversation', id: string, status: ConversationStatus, lastSeq: number, createdAt: string, updatedAt: string, handoffRequestedAt?: string | null, waitingSeconds?: number | null, responseDueAt?: string | null, responseTargetBreachedAt?: string | null, assigneeName?: string | null, visitor: { __typename?: 'Visitor', id: string, name?: string | null, email?: string | null, emailVerified: boolean, externalId?: string | null, externalIdVerified: boolean }, handoff?: { __typename?: 'HandoffRequest', trigger: HandoffTrigger, topic?: string | null, topicName?: string | null, summary: string, actionLabel?: string | null, requestedAt: string, capturedValues: Array<{ __typename?: 'CapturedValue', key: string, label: string, value: string }> } | null, lastMessage?: { __typename?: 'Message', id: string, seq: number, body: string, authorKind: AuthorKind, createdAt: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type BatonConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BatonConversationQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', id: string, status: ConversationStatus, lastSeq: number, version: number, createdAt: string, handoffRequestedAt?: string | null, waitingSeconds?: number | null, resolvedAt?: string | null, assigneeName?: string | null, assignee?: { __typename?: 'Agent', id: string, name: string } | null, visitor: { __typename?: 'Visitor', id: string, name?: string | null, email?: string | null, externalId?: string | null, identityVerified: boolean }, handoff?: { __typename?: 'HandoffRequest', trigger: HandoffTrigger, topic?: string | null, summary: string, actionLabel?: string | null, capturedValues: Array<{ __typename?: 'CapturedValue', key: string, label: string, value: string }> } | null, viewerCan: { __typename?: 'ConversationPermissions', takeOver: boolean, reply: boolean, resolve: boolean, release: boolean, handBack: boolean }, messages: { __typename?: 'ConversationMessagesConnection', edges: Array<{ __typename?: 'ConversationMessagesConnectionEdge', node: { __typename?: 'Message', id: string, seq: number, body: string, authorKind: AuthorKind, authorName?: string | null, internal: boolean, clientId?: string | null, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type BatonTakeOverMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type BatonTakeOverMutation = { __typename?: 'Mutation', takeOver:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'Conversation', id: string, status: ConversationStatus, version: number, assignee?: { __typename?: 'Agent', id: string, name: string } | null }
    | { __typename: 'ConversationTakenError', agentId: string, agentName: string, code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidOperationError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type BatonReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type BatonReplyMutation = { __typename?: 'Mutation', replyToConversation:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'OwnershipError', owner: ConversationOwner, ownerName?: string | null, code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'SendMessagePayload', duplicate: boolean, sentMessage: { __typename?: 'Message', id: string, seq: number, body: string, authorKind: AuthorKind, authorName?: string | null, internal: boolean, clientId?: string | null, createdAt: string } }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type BatonResolveMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type BatonResolveMutation = { __typename?: 'Mutation', resolveConversation:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'Conversation', id: string, status: ConversationStatus, resolvedAt?: string | null }
    | { __typename: 'ConversationTakenError', agentId: string, agentName: string, code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidOperationError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type BatonInboxEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BatonInboxEventsSubscription = { __typename?: 'Subscription', inboxEvents: { __typename?: 'InboxEvent', kind: InboxEventKind, at: string, agentName?: string | null, conversation: { __typename?: 'Conversation', id: string, status: ConversationStatus, lastSeq: number, assigneeName?: string | null, handoffRequestedAt?: string | null, waitingSeconds?: number | null, responseTargetBreachedAt?: string | null, visitor: { __typename?: 'Visitor', id: string, name?: string | null, email?: string | null }, handoff?: { __typename?: 'HandoffRequest', trigger: HandoffTrigger, topic?: string | null, summary: string, actionLabel?: string | null, capturedValues: Array<{ __typename?: 'CapturedValue', key: string, label: string, value: string }> } | null } } };

export type BatonConversationEventsSubscriptionVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BatonConversationEventsSubscription = { __typename?: 'Subscription', conversationEvents: { __typename?: 'ConversationEvent', seq: number, kind: ConversationEventKind, at: string, conversationId: string, message?: { __typename?: 'Message', id: string, seq: number, body: string, authorKind: AuthorKind, authorName?: string | null, internal: boolean, clientId?: string | null, createdAt: string } | null, status?: { __typename?: 'ConversationStatusChange', change: OwnershipChange, status: ConversationStatus, assigneeName?: string | null } | null, typing?: { __typename?: 'TypingIndicator', authorKind: AuthorKind, name?: string | null, isTyping: boolean } | null, draft?: { __typename?: 'AssistantDraft', draftId: string, delta: string } | null } };

export type BatonConversationLastSeqQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BatonConversationLastSeqQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', lastSeq: number } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExampleQueuedHandoffsDocument = new TypedDocumentString(`
    query ExampleQueuedHandoffs {
  conversations(status: [QUEUED], first: 50) {
    edges {
      node {
        id
        waitingSeconds
        handoff {
          summary
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExampleQueuedHandoffsQuery, ExampleQueuedHandoffsQueryVariables>;
export const BatonConversationsDocument = new TypedDocumentString(`
    query BatonConversations($status: [ConversationStatus!], $assignee: AssigneeFilter, $first: Int = 50, $after: String) {
  conversations(
    status: $status
    assignee: $assignee
    first: $first
    after: $after
  ) {
    edges {
      cursor
      node {
        id
        status
        lastSeq
        createdAt
        updatedAt
        handoffRequestedAt
        waitingSeconds
        responseDueAt
        responseTargetBreachedAt
        assigneeName
        visitor {
          id
          name
          email
          emailVerified
          externalId
          externalIdVerified
        }
        handoff {
          trigger
          topic
          topicName
          summary
          actionLabel
          requestedAt
          capturedValues {
            key
            label
            value
          }
        }
        lastMessage {
          id
          seq
          body
          authorKind
          createdAt
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<BatonConversationsQuery, BatonConversationsQueryVariables>;
export const BatonConversationDocument = new TypedDocumentString(`
    query BatonConversation($id: ID!, $first: Int = 100, $after: String) {
  conversation(id: $id) {
    id
    status
    lastSeq
    version
    createdAt
    handoffRequestedAt
    waitingSeconds
    resolvedAt
    assigneeName
    assignee {
      id
      name
    }
    visitor {
      id
      name
      email
      externalId
      identityVerified
    }
    handoff {
      trigger
      topic
      summary
      actionLabel
      capturedValues {
        key
        label
        value
      }
    }
    viewerCan {
      takeOver
      reply
      resolve
      release
      handBack
    }
    messages(first: $first, after: $after) {
      edges {
        node {
          id
          seq
          body
          authorKind
          authorName
          internal
          clientId
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatonConversationQuery, BatonConversationQueryVariables>;
export const BatonTakeOverDocument = new TypedDocumentString(`
    mutation BatonTakeOver($conversationId: ID!) {
  takeOver(conversationId: $conversationId) {
    __typename
    ... on Conversation {
      id
      status
      version
      assignee {
        id
        name
      }
    }
    ... on ConversationTakenError {
      agentId
      agentName
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BatonTakeOverMutation, BatonTakeOverMutationVariables>;
export const BatonReplyDocument = new TypedDocumentString(`
    mutation BatonReply($input: ReplyInput!) {
  replyToConversation(input: $input) {
    __typename
    ... on SendMessagePayload {
      duplicate
      sentMessage {
        id
        seq
        body
        authorKind
        authorName
        internal
        clientId
        createdAt
      }
    }
    ... on OwnershipError {
      owner
      ownerName
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BatonReplyMutation, BatonReplyMutationVariables>;
export const BatonResolveDocument = new TypedDocumentString(`
    mutation BatonResolve($conversationId: ID!) {
  resolveConversation(conversationId: $conversationId) {
    __typename
    ... on Conversation {
      id
      status
      resolvedAt
    }
    ... on ConversationTakenError {
      agentId
      agentName
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BatonResolveMutation, BatonResolveMutationVariables>;
export const BatonInboxEventsDocument = new TypedDocumentString(`
    subscription BatonInboxEvents {
  inboxEvents {
    kind
    at
    agentName
    conversation {
      id
      status
      lastSeq
      assigneeName
      handoffRequestedAt
      waitingSeconds
      responseTargetBreachedAt
      visitor {
        id
        name
        email
      }
      handoff {
        trigger
        topic
        summary
        actionLabel
        capturedValues {
          key
          label
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatonInboxEventsSubscription, BatonInboxEventsSubscriptionVariables>;
export const BatonConversationEventsDocument = new TypedDocumentString(`
    subscription BatonConversationEvents($conversationId: ID!, $afterSeq: Int) {
  conversationEvents(conversationId: $conversationId, afterSeq: $afterSeq) {
    seq
    kind
    at
    conversationId
    message {
      id
      seq
      body
      authorKind
      authorName
      internal
      clientId
      createdAt
    }
    status {
      change
      status
      assigneeName
    }
    typing {
      authorKind
      name
      isTyping
    }
    draft {
      draftId
      delta
    }
  }
}
    `) as unknown as TypedDocumentString<BatonConversationEventsSubscription, BatonConversationEventsSubscriptionVariables>;
export const BatonConversationLastSeqDocument = new TypedDocumentString(`
    query BatonConversationLastSeq($id: ID!) {
  conversation(id: $id) {
    lastSeq
  }
}
    `) as unknown as TypedDocumentString<BatonConversationLastSeqQuery, BatonConversationLastSeqQueryVariables>;