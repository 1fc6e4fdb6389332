/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { __typename?: 'Query', invitation:
    | { __typename: 'InvitationInvalidError', message: string }
    | { __typename: 'InvitationPreview', email: string, role: AgentRole, workspaceName: string }
    | { __typename: 'ServiceUnavailableError', message: string }
   };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation:
    | { __typename: 'AuthPayload', token: string, expiresAt: string }
    | { __typename: 'EmailTakenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'InvitationInvalidError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { __typename?: 'Mutation', logIn:
    | { __typename: 'AuthPayload', token: string, expiresAt: string }
    | { __typename: 'InvalidCredentialsError', message: string }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp:
    | { __typename: 'AuthPayload', token: string, expiresAt: string }
    | { __typename: 'EmailTakenError', message: string }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type InboxReassignTeammatesQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxReassignTeammatesQuery = { __typename?: 'Query', workspace: { __typename: 'Workspace', id: string, agents: { __typename: 'WorkspaceAgentsConnection', edges: Array<{ __typename: 'WorkspaceAgentsConnectionEdge', node: { __typename: 'Agent', id: string, name: string, presence: Presence } }> } } };

export type InboxReassignMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  agentId: Scalars['ID']['input'];
}>;


export type InboxReassignMutation = { __typename?: 'Mutation', reassignConversation:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'Conversation', id: string, status: ConversationStatus, assigneeName?: string | null }
    | { __typename: 'ConversationTakenError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidOperationError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type EndVisitorSessionsMutationVariables = Exact<{
  visitorId: Scalars['ID']['input'];
}>;


export type EndVisitorSessionsMutation = { __typename?: 'Mutation', endVisitorSessions:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'EndVisitorSessionsPayload', endedSessions: number }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ConversationCardFragment = { __typename: 'Conversation', id: string, status: ConversationStatus, assigneeName?: string | null, lastMessageAt?: string | null, updatedAt: string, handoffRequestedAt?: string | null, firstHumanReplyAt?: string | null, responseDueAt?: string | null, responseTargetBreachedAt?: string | null, waitingSeconds?: number | null, assignee?: { __typename: 'Agent', id: string } | null, lastMessage?: { __typename: 'Message', id: string, body: string, authorKind: AuthorKind, authorName?: string | null } | null, lastVisitorMessage?: { __typename: 'Message', id: string, body: string } | null, visitor: { __typename: 'Visitor', id: string, name?: string | null, email?: string | null, identityVerified: boolean }, sessionMetadata: { __typename: 'SessionMetadata', pageUrl?: string | null, pageTitle?: string | null }, handoff?: { __typename: 'HandoffRequest', trigger: HandoffTrigger, actionLabel?: string | null, topic?: string | null, topicName?: string | null } | null };

export type ConversationAccessFragment = { __typename: 'Conversation', viewerCan: { __typename: 'ConversationPermissions', takeOver: boolean, release: boolean, reassign: boolean, handBack: boolean, resolve: boolean, reopen: boolean, reply: boolean } };

export type InboxQueryVariables = Exact<{
  status?: InputMaybe<Array<ConversationStatus> | ConversationStatus>;
  assignee?: InputMaybe<AssigneeFilter>;
  first: Scalars['Int']['input'];
}>;


export type InboxQuery = { __typename?: 'Query', conversations: { __typename: 'QueryConversationsConnection', edges: Array<{ __typename: 'QueryConversationsConnectionEdge', node: { __typename: 'Conversation', id: string, status: ConversationStatus, assigneeName?: string | null, lastMessageAt?: string | null, updatedAt: string, handoffRequestedAt?: string | null, firstHumanReplyAt?: string | null, responseDueAt?: string | null, responseTargetBreachedAt?: string | null, waitingSeconds?: number | null, assignee?: { __typename: 'Agent', id: string } | null, lastMessage?: { __typename: 'Message', id: string, body: string, authorKind: AuthorKind, authorName?: string | null } | null, lastVisitorMessage?: { __typename: 'Message', id: string, body: string } | null, visitor: { __typename: 'Visitor', id: string, name?: string | null, email?: string | null, identityVerified: boolean }, sessionMetadata: { __typename: 'SessionMetadata', pageUrl?: string | null, pageTitle?: string | null }, handoff?: { __typename: 'HandoffRequest', trigger: HandoffTrigger, actionLabel?: string | null, topic?: string | null, topicName?: string | null } | null } }> } };

export type InboxCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxCountsQuery = { __typename?: 'Query', queue: { __typename: 'QueryConversationsConnection', edges: Array<{ __typename: 'QueryConversationsConnectionEdge', node: { __typename: 'Conversation', id: string } }> }, mine: { __typename: 'QueryConversationsConnection', edges: Array<{ __typename: 'QueryConversationsConnectionEdge', node: { __typename: 'Conversation', id: string } }> } };

export type InboxEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InboxEventsSubscription = { __typename?: 'Subscription', inboxEvents: { __typename: 'InboxEvent', kind: InboxEventKind, at: string, agentName?: string | null, conversation: { __typename: 'Conversation', id: string, status: ConversationStatus, assigneeName?: string | null, lastMessageAt?: string | null, updatedAt: string, handoffRequestedAt?: string | null, firstHumanReplyAt?: string | null, responseDueAt?: string | null, responseTargetBreachedAt?: string | null, waitingSeconds?: number | null, assignee?: { __typename: 'Agent', id: string } | null, lastMessage?: { __typename: 'Message', id: string, body: string, authorKind: AuthorKind, authorName?: string | null } | null, lastVisitorMessage?: { __typename: 'Message', id: string, body: string } | null, visitor: { __typename: 'Visitor', id: string, name?: string | null, email?: string | null, identityVerified: boolean }, sessionMetadata: { __typename: 'SessionMetadata', pageUrl?: string | null, pageTitle?: string | null }, handoff?: { __typename: 'HandoffRequest', trigger: HandoffTrigger, actionLabel?: string | null, topic?: string | null, topicName?: string | null } | null } } };

export type ConversationDetailFieldsFragment = { __typename: 'Conversation', lastSeq: number, createdAt: string, id: string, status: ConversationStatus, assigneeName?: string | null, lastMessageAt?: string | null, updatedAt: string, handoffRequestedAt?: string | null, firstHumanReplyAt?: string | null, responseDueAt?: string | null, responseTargetBreachedAt?: string | null, waitingSeconds?: number | null, visitor: { __typename: 'Visitor', id: string, name?: string | null, email?: string | null, externalId?: string | null, identityVerified: boolean, externalIdVerified: boolean, emailVerified: boolean, attributes: Array<{ __typename: 'VisitorAttribute', key: string, value: string }> }, sessionMetadata: { __typename: 'SessionMetadata', pageUrl?: string | null, pageTitle?: string | null, referrer?: string | null, locale?: string | null, timezone?: string | null, userAgent?: string | null, device?: { __typename: 'DeviceInfo', summary: string } | null }, handoff?: { __typename: 'HandoffRequest', trigger: HandoffTrigger, topic?: string | null, topicName?: string | null, status: HandoffStatus, actionLabel?: string | null, summary: string, requestedAt: string, capturedValues: Array<{ __typename: 'CapturedValue', key: string, label: string, value: string }>, citedDocuments: Array<{ __typename: 'Citation', documentId: string, title: string, sourceUrl?: string | null }> } | null, handoffs: Array<{ __typename: 'HandoffRequest', id: string, trigger: HandoffTrigger, topicName?: string | null, status: HandoffStatus, actionLabel?: string | null, summary: string, requestedAt: string, capturedValues: Array<{ __typename: 'CapturedValue', key: string, label: string, value: string }> }>, assignee?: { __typename: 'Agent', id: string } | null, lastMessage?: { __typename: 'Message', id: string, body: string, authorKind: AuthorKind, authorName?: string | null } | null, lastVisitorMessage?: { __typename: 'Message', id: string, body: string } | null, viewerCan: { __typename: 'ConversationPermissions', takeOver: boolean, release: boolean, reassign: boolean, handBack: boolean, resolve: boolean, reopen: boolean, reply: boolean } };

export type ConversationDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationDetailQuery = { __typename?: 'Query', conversation?: { __typename: 'Conversation', lastSeq: number, createdAt: string, id: string, status: ConversationStatus, assigneeName?: string | null, lastMessageAt?: string | null, updatedAt: string, handoffRequestedAt?: string | null, firstHumanReplyAt?: string | null, responseDueAt?: string | null, responseTargetBreachedAt?: string | null, waitingSeconds?: number | null, messages: { __typename: 'ConversationMessagesConnection', edges: Array<{ __typename: 'ConversationMessagesConnectionEdge', node: { __typename: 'Message', id: string, seq: number, authorKind: AuthorKind, authorName?: string | null, body: string, internal: boolean, createdAt: string, suggestionTrigger?: HandoffTrigger | null, suggestionTopic?: string | null, citations: Array<{ __typename: 'Citation', title: string, sourceUrl?: string | null }>, submission?: { __typename: 'ActionSubmission', actionLabel: string, values: Array<{ __typename: 'CapturedValue', key: string, label: string, value: string }> } | null } }> }, visitor: { __typename: 'Visitor', id: string, name?: string | null, email?: string | null, externalId?: string | null, identityVerified: boolean, externalIdVerified: boolean, emailVerified: boolean, attributes: Array<{ __typename: 'VisitorAttribute', key: string, value: string }> }, sessionMetadata: { __typename: 'SessionMetadata', pageUrl?: string | null, pageTitle?: string | null, referrer?: string | null, locale?: string | null, timezone?: string | null, userAgent?: string | null, device?: { __typename: 'DeviceInfo', summary: string } | null }, handoff?: { __typename: 'HandoffRequest', trigger: HandoffTrigger, topic?: string | null, topicName?: string | null, status: HandoffStatus, actionLabel?: string | null, summary: string, requestedAt: string, capturedValues: Array<{ __typename: 'CapturedValue', key: string, label: string, value: string }>, citedDocuments: Array<{ __typename: 'Citation', documentId: string, title: string, sourceUrl?: string | null }> } | null, handoffs: Array<{ __typename: 'HandoffRequest', id: string, trigger: HandoffTrigger, topicName?: string | null, status: HandoffStatus, actionLabel?: string | null, summary: string, requestedAt: string, capturedValues: Array<{ __typename: 'CapturedValue', key: string, label: string, value: string }> }>, assignee?: { __typename: 'Agent', id: string } | null, lastMessage?: { __typename: 'Message', id: string, body: string, authorKind: AuthorKind, authorName?: string | null } | null, lastVisitorMessage?: { __typename: 'Message', id: string, body: string } | null, viewerCan: { __typename: 'ConversationPermissions', takeOver: boolean, release: boolean, reassign: boolean, handBack: boolean, resolve: boolean, reopen: boolean, reply: boolean } } | null };

export type ConversationStateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationStateQuery = { __typename?: 'Query', conversation?: { __typename: 'Conversation', lastSeq: number, createdAt: string, id: string, status: ConversationStatus, assigneeName?: string | null, lastMessageAt?: string | null, updatedAt: string, handoffRequestedAt?: string | null, firstHumanReplyAt?: string | null, responseDueAt?: string | null, responseTargetBreachedAt?: string | null, waitingSeconds?: number | null, visitor: { __typename: 'Visitor', id: string, name?: string | null, email?: string | null, externalId?: string | null, identityVerified: boolean, externalIdVerified: boolean, emailVerified: boolean, attributes: Array<{ __typename: 'VisitorAttribute', key: string, value: string }> }, sessionMetadata: { __typename: 'SessionMetadata', pageUrl?: string | null, pageTitle?: string | null, referrer?: string | null, locale?: string | null, timezone?: string | null, userAgent?: string | null, device?: { __typename: 'DeviceInfo', summary: string } | null }, handoff?: { __typename: 'HandoffRequest', trigger: HandoffTrigger, topic?: string | null, topicName?: string | null, status: HandoffStatus, actionLabel?: string | null, summary: string, requestedAt: string, capturedValues: Array<{ __typename: 'CapturedValue', key: string, label: string, value: string }>, citedDocuments: Array<{ __typename: 'Citation', documentId: string, title: string, sourceUrl?: string | null }> } | null, handoffs: Array<{ __typename: 'HandoffRequest', id: string, trigger: HandoffTrigger, topicName?: string | null, status: HandoffStatus, actionLabel?: string | null, summary: string, requestedAt: string, capturedValues: Array<{ __typename: 'CapturedValue', key: string, label: string, value: string }> }>, assignee?: { __typename: 'Agent', id: string } | null, lastMessage?: { __typename: 'Message', id: string, body: string, authorKind: AuthorKind, authorName?: string | null } | null, lastVisitorMessage?: { __typename: 'Message', id: string, body: string } | null, viewerCan: { __typename: 'ConversationPermissions', takeOver: boolean, release: boolean, reassign: boolean, handBack: boolean, resolve: boolean, reopen: boolean, reply: boolean } } | null };

export type ConversationEventsSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConversationEventsSubscription = { __typename?: 'Subscription', conversationEvents: { __typename: 'ConversationEvent', seq: number, kind: ConversationEventKind, at: string, message?: { __typename: 'Message', id: string, seq: number, authorKind: AuthorKind, authorName?: string | null, body: string, internal: boolean, createdAt: string, suggestionTrigger?: HandoffTrigger | null, suggestionTopic?: string | null, citations: Array<{ __typename: 'Citation', title: string, sourceUrl?: string | null }>, submission?: { __typename: 'ActionSubmission', actionLabel: string, values: Array<{ __typename: 'CapturedValue', key: string, label: string, value: string }> } | null } | null, status?: { __typename: 'ConversationStatusChange', change: OwnershipChange, status: ConversationStatus, assigneeName?: string | null } | null, typing?: { __typename: 'TypingIndicator', authorKind: AuthorKind, name?: string | null, isTyping: boolean } | null, draft?: { __typename: 'AssistantDraft', draftId: string, delta: string } | null } };

export type TakeOverMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TakeOverMutation = { __typename?: 'Mutation', takeOver:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'Conversation', id: string, status: ConversationStatus, assigneeName?: string | null, lastMessageAt?: string | null, updatedAt: string, handoffRequestedAt?: string | null, firstHumanReplyAt?: string | null, responseDueAt?: string | null, responseTargetBreachedAt?: string | null, waitingSeconds?: number | null, assignee?: { __typename: 'Agent', id: string } | null, lastMessage?: { __typename: 'Message', id: string, body: string, authorKind: AuthorKind, authorName?: string | null } | null, lastVisitorMessage?: { __typename: 'Message', id: string, body: string } | null, visitor: { __typename: 'Visitor', id: string, name?: string | null, email?: string | null, identityVerified: boolean }, sessionMetadata: { __typename: 'SessionMetadata', pageUrl?: string | null, pageTitle?: string | null }, handoff?: { __typename: 'HandoffRequest', trigger: HandoffTrigger, actionLabel?: string | null, topic?: string | null, topicName?: string | null } | null, viewerCan: { __typename: 'ConversationPermissions', takeOver: boolean, release: boolean, reassign: boolean, handBack: boolean, resolve: boolean, reopen: boolean, reply: boolean } }
    | { __typename: 'ConversationTakenError', agentName: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ReleaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReleaseMutation = { __typename?: 'Mutation', releaseConversation:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'Conversation', id: string, status: ConversationStatus, assigneeName?: string | null, lastMessageAt?: string | null, updatedAt: string, handoffRequestedAt?: string | null, firstHumanReplyAt?: string | null, responseDueAt?: string | null, responseTargetBreachedAt?: string | null, waitingSeconds?: number | null, assignee?: { __typename: 'Agent', id: string } | null, lastMessage?: { __typename: 'Message', id: string, body: string, authorKind: AuthorKind, authorName?: string | null } | null, lastVisitorMessage?: { __typename: 'Message', id: string, body: string } | null, visitor: { __typename: 'Visitor', id: string, name?: string | null, email?: string | null, identityVerified: boolean }, sessionMetadata: { __typename: 'SessionMetadata', pageUrl?: string | null, pageTitle?: string | null }, handoff?: { __typename: 'HandoffRequest', trigger: HandoffTrigger, actionLabel?: string | null, topic?: string | null, topicName?: string | null } | null, viewerCan: { __typename: 'ConversationPermissions', takeOver: boolean, release: boolean, reassign: boolean, handBack: boolean, resolve: boolean, reopen: boolean, reply: boolean } }
    | { __typename: 'ConversationTakenError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type HandBackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HandBackMutation = { __typename?: 'Mutation', handBackConversation:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'Conversation', id: string, status: ConversationStatus, assigneeName?: string | null, lastMessageAt?: string | null, updatedAt: string, handoffRequestedAt?: string | null, firstHumanReplyAt?: string | null, responseDueAt?: string | null, responseTargetBreachedAt?: string | null, waitingSeconds?: number | null, assignee?: { __typename: 'Agent', id: string } | null, lastMessage?: { __typename: 'Message', id: string, body: string, authorKind: AuthorKind, authorName?: string | null } | null, lastVisitorMessage?: { __typename: 'Message', id: string, body: string } | null, visitor: { __typename: 'Visitor', id: string, name?: string | null, email?: string | null, identityVerified: boolean }, sessionMetadata: { __typename: 'SessionMetadata', pageUrl?: string | null, pageTitle?: string | null }, handoff?: { __typename: 'HandoffRequest', trigger: HandoffTrigger, actionLabel?: string | null, topic?: string | null, topicName?: string | null } | null, viewerCan: { __typename: 'ConversationPermissions', takeOver: boolean, release: boolean, reassign: boolean, handBack: boolean, resolve: boolean, reopen: boolean, reply: boolean } }
    | { __typename: 'ConversationTakenError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveMutation = { __typename?: 'Mutation', resolveConversation:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'Conversation', id: string, status: ConversationStatus, assigneeName?: string | null, lastMessageAt?: string | null, updatedAt: string, handoffRequestedAt?: string | null, firstHumanReplyAt?: string | null, responseDueAt?: string | null, responseTargetBreachedAt?: string | null, waitingSeconds?: number | null, assignee?: { __typename: 'Agent', id: string } | null, lastMessage?: { __typename: 'Message', id: string, body: string, authorKind: AuthorKind, authorName?: string | null } | null, lastVisitorMessage?: { __typename: 'Message', id: string, body: string } | null, visitor: { __typename: 'Visitor', id: string, name?: string | null, email?: string | null, identityVerified: boolean }, sessionMetadata: { __typename: 'SessionMetadata', pageUrl?: string | null, pageTitle?: string | null }, handoff?: { __typename: 'HandoffRequest', trigger: HandoffTrigger, actionLabel?: string | null, topic?: string | null, topicName?: string | null } | null, viewerCan: { __typename: 'ConversationPermissions', takeOver: boolean, release: boolean, reassign: boolean, handBack: boolean, resolve: boolean, reopen: boolean, reply: boolean } }
    | { __typename: 'ConversationTakenError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ReopenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReopenMutation = { __typename?: 'Mutation', reopenConversation:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'Conversation', id: string, status: ConversationStatus, assigneeName?: string | null, lastMessageAt?: string | null, updatedAt: string, handoffRequestedAt?: string | null, firstHumanReplyAt?: string | null, responseDueAt?: string | null, responseTargetBreachedAt?: string | null, waitingSeconds?: number | null, assignee?: { __typename: 'Agent', id: string } | null, lastMessage?: { __typename: 'Message', id: string, body: string, authorKind: AuthorKind, authorName?: string | null } | null, lastVisitorMessage?: { __typename: 'Message', id: string, body: string } | null, visitor: { __typename: 'Visitor', id: string, name?: string | null, email?: string | null, identityVerified: boolean }, sessionMetadata: { __typename: 'SessionMetadata', pageUrl?: string | null, pageTitle?: string | null }, handoff?: { __typename: 'HandoffRequest', trigger: HandoffTrigger, actionLabel?: string | null, topic?: string | null, topicName?: string | null } | null, viewerCan: { __typename: 'ConversationPermissions', takeOver: boolean, release: boolean, reassign: boolean, handBack: boolean, resolve: boolean, reopen: boolean, reply: boolean } }
    | { __typename: 'ConversationTakenError', agentName: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type ReplyMutation = { __typename?: 'Mutation', replyToConversation:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'OwnershipError', message: string }
    | { __typename: 'RateLimitedError', message: string }
    | { __typename: 'SendMessagePayload', duplicate: boolean, sentMessage: { __typename: 'Message', id: string, seq: number } }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type CreateKnowledgeFromReplyMutationVariables = Exact<{
  messageId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateKnowledgeFromReplyMutation = { __typename?: 'Mutation', createKnowledgeFromReply:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'KnowledgeDocument', id: string, title: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type AgentTypingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  isTyping: Scalars['Boolean']['input'];
}>;


export type AgentTypingMutation = { __typename?: 'Mutation', setTyping:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationSetTypingSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type ShellQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellQuery = { __typename?: 'Query', viewer?: { __typename: 'Agent', id: string, name: string, email: string, role: AgentRole, isAdmin: boolean, workspace: { __typename: 'Workspace', id: string, name: string, responseTimeTargetSeconds: number } } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', logOut:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'LogOutPayload' }
    | { __typename: 'ServiceUnavailableError' }
   };

export type OnboardingQueryVariables = Exact<{ [key: string]: never; }>;


export type OnboardingQuery = { __typename?: 'Query', workspace: { __typename: 'Workspace', id: string, name: string, publicKey: string, widgetSnippet: string, onboarding?: { __typename: 'Onboarding', doneCount: number, complete: boolean, steps: Array<{ __typename: 'OnboardingStep', id: OnboardingStepId, done: boolean }> } | null } };

export type InboxPresenceMeQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxPresenceMeQuery = { __typename?: 'Query', viewer?: { __typename: 'Agent', id: string, away: boolean, presence: Presence } | null };

export type InboxSetAwayMutationVariables = Exact<{
  away: Scalars['Boolean']['input'];
}>;


export type InboxSetAwayMutation = { __typename?: 'Mutation', setAway:
    | { __typename: 'Agent', id: string, away: boolean, presence: Presence }
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
   };

export type InboxTeamPresenceSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InboxTeamPresenceSubscription = { __typename?: 'Subscription', teamPresence: { __typename: 'PresenceChange', presence: Presence, agent: { __typename: 'Agent', id: string, away: boolean } } };

export type SettingsAutoAssignmentQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsAutoAssignmentQuery = { __typename?: 'Query', workspace: { __typename: 'Workspace', id: string, autoAssignment: AutoAssignment, autoAssignCap: number } };

export type SettingsUpdateAutoAssignmentMutationVariables = Exact<{
  input: UpdateAutoAssignmentInput;
}>;


export type SettingsUpdateAutoAssignmentMutation = { __typename?: 'Mutation', updateAutoAssignment:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
    | { __typename: 'Workspace', id: string, autoAssignment: AutoAssignment, autoAssignCap: number }
   };

export type SettingsIdentityQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsIdentityQuery = { __typename?: 'Query', workspace: { __typename: 'Workspace', id: string, identitySecret?: string | null, identityVerificationRequired: boolean } };

export type SettingsRotateIdentitySecretMutationVariables = Exact<{ [key: string]: never; }>;


export type SettingsRotateIdentitySecretMutation = { __typename?: 'Mutation', rotateIdentitySecret:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'Workspace', id: string, identitySecret?: string | null, identityVerificationRequired: boolean }
   };

export type SettingsRequireIdentityMutationVariables = Exact<{
  required: Scalars['Boolean']['input'];
}>;


export type SettingsRequireIdentityMutation = { __typename?: 'Mutation', updateWorkspace:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'Workspace', id: string, identitySecret?: string | null, identityVerificationRequired: boolean }
   };

export type SettingsApiKeyFieldsFragment = { __typename: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null, createdBy?: { __typename: 'Agent', id: string, name: string } | null };

export type SettingsApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsApiKeysQuery = { __typename?: 'Query', apiKeys: Array<{ __typename: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null, createdBy?: { __typename: 'Agent', id: string, name: string } | null }> };

export type SettingsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type SettingsCreateApiKeyMutation = { __typename?: 'Mutation', createApiKey:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'CreateApiKeyPayload', secret: string, apiKey: { __typename: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null, createdBy?: { __typename: 'Agent', id: string, name: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsRevokeApiKeyMutationVariables = Exact<{
  apiKeyId: Scalars['ID']['input'];
}>;


export type SettingsRevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey:
    | { __typename: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null, createdBy?: { __typename: 'Agent', id: string, name: string } | null }
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsTeamQueryVariables = Exact<{
  admin: Scalars['Boolean']['input'];
}>;


export type SettingsTeamQuery = { __typename?: 'Query', viewer?: { __typename: 'Agent', id: string, role: AgentRole } | null, workspace: { __typename: 'Workspace', id: string, agents: { __typename: 'WorkspaceAgentsConnection', totalCount: number, edges: Array<{ __typename: 'WorkspaceAgentsConnectionEdge', node: { __typename: 'Agent', id: string, name: string, email: string, role: AgentRole, active: boolean, presence: Presence } }> }, pendingInvitations?: { __typename: 'WorkspacePendingInvitationsConnection', edges: Array<{ __typename: 'WorkspacePendingInvitationsConnectionEdge', node: { __typename: 'Invitation', id: string, email: string, role: AgentRole, expiresAt: string, url?: string | null, emailStatus: InvitationEmailStatus, emailError?: string | null, emailedAt?: string | null } }> } } };

export type SettingsInviteAgentMutationVariables = Exact<{
  input: InviteAgentInput;
}>;


export type SettingsInviteAgentMutation = { __typename?: 'Mutation', inviteAgent:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'EmailTakenError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvitationPayload', url: string, token: string, invitation: { __typename: 'Invitation', id: string, email: string, role: AgentRole, expiresAt: string, url?: string | null, emailStatus: InvitationEmailStatus, emailError?: string | null, emailedAt?: string | null } }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsRevokeInvitationMutationVariables = Exact<{
  invitationId: Scalars['ID']['input'];
}>;


export type SettingsRevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'InvitationInvalidError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsResendInvitationMutationVariables = Exact<{
  invitationId: Scalars['ID']['input'];
}>;


export type SettingsResendInvitationMutation = { __typename?: 'Mutation', resendInvitation:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'Invitation', id: string, emailStatus: InvitationEmailStatus, emailError?: string | null, emailedAt?: string | null }
    | { __typename: 'InvitationInvalidError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SettingsChangeAgentRoleMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
  role: AgentRole;
}>;


export type SettingsChangeAgentRoleMutation = { __typename?: 'Mutation', changeAgentRole:
    | { __typename: 'Agent', id: string, role: AgentRole, active: boolean }
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsDeactivateAgentMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
}>;


export type SettingsDeactivateAgentMutation = { __typename?: 'Mutation', deactivateAgent:
    | { __typename: 'Agent', id: string, role: AgentRole, active: boolean }
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsReactivateAgentMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
}>;


export type SettingsReactivateAgentMutation = { __typename?: 'Mutation', reactivateAgent:
    | { __typename: 'Agent', id: string, role: AgentRole, active: boolean }
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsAssistantQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsAssistantQuery = { __typename?: 'Query', assistantSettings: { __typename: 'AssistantSettings', instructions: string, greeting: string, model?: string | null, confidenceThreshold: number, frustrationDetection: boolean, explicitRequestMode: ExplicitRequestMode, answerWhileQueued: boolean, aiDailyLimit?: number | null, aiMonthlyLimit?: number | null, provider: string, updatedAt: string, instructionTopics: Array<string>, sensitiveTopics: Array<{ __typename: 'SensitiveTopic', key: string, name: string, description: string, enabled: boolean }> } };

export type SettingsUpdateAssistantMutationVariables = Exact<{
  input: AssistantSettingsInput;
}>;


export type SettingsUpdateAssistantMutation = { __typename?: 'Mutation', updateAssistantSettings:
    | { __typename: 'AssistantSettings', instructions: string, greeting: string, model?: string | null, confidenceThreshold: number, frustrationDetection: boolean, explicitRequestMode: ExplicitRequestMode, answerWhileQueued: boolean, aiDailyLimit?: number | null, aiMonthlyLimit?: number | null, provider: string, updatedAt: string, instructionTopics: Array<string> }
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsSetSensitiveTopicMutationVariables = Exact<{
  key: Scalars['String']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type SettingsSetSensitiveTopicMutation = { __typename?: 'Mutation', setSensitiveTopic:
    | { __typename: 'AssistantSettings', sensitiveTopics: Array<{ __typename: 'SensitiveTopic', key: string, name: string, description: string, enabled: boolean }> }
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsHandoffTopicFragment = { __typename: 'HandoffTopic', id: string, name: string, examples: Array<string>, enabled: boolean, createdAt: string };

export type SettingsHandoffTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsHandoffTopicsQuery = { __typename?: 'Query', handoffTopics: Array<{ __typename: 'HandoffTopic', id: string, name: string, examples: Array<string>, enabled: boolean, createdAt: string }> };

export type SettingsCreateHandoffTopicMutationVariables = Exact<{
  input: HandoffTopicInput;
}>;


export type SettingsCreateHandoffTopicMutation = { __typename?: 'Mutation', createHandoffTopic:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'HandoffTopic', id: string, name: string, examples: Array<string>, enabled: boolean, createdAt: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsUpdateHandoffTopicMutationVariables = Exact<{
  topicId: Scalars['ID']['input'];
  input: HandoffTopicInput;
}>;


export type SettingsUpdateHandoffTopicMutation = { __typename?: 'Mutation', updateHandoffTopic:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'HandoffTopic', id: string, name: string, examples: Array<string>, enabled: boolean, createdAt: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsDeleteHandoffTopicMutationVariables = Exact<{
  topicId: Scalars['ID']['input'];
}>;


export type SettingsDeleteHandoffTopicMutation = { __typename?: 'Mutation', deleteHandoffTopic:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'HandoffTopic', id: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsContentGapsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsContentGapsQuery = { __typename?: 'Query', contentGaps: Array<{ __typename: 'ContentGap', id: string, question: string, count: number, examples: Array<string>, conversationIds: Array<string>, lastAskedAt: string }> };

export type SettingsConversationStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettingsConversationStatusQuery = { __typename?: 'Query', conversation?: { __typename: 'Conversation', id: string, status: ConversationStatus, assignee?: { __typename: 'Agent', id: string } | null } | null };

export type SettingsKnowledgeDocumentsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SettingsKnowledgeDocumentsQuery = { __typename?: 'Query', knowledgeDocuments: { __typename: 'QueryKnowledgeDocumentsConnection', edges: Array<{ __typename: 'QueryKnowledgeDocumentsConnectionEdge', node: { __typename: 'KnowledgeDocument', id: string, title: string, sourceUrl?: string | null, updatedAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SettingsKnowledgeDocumentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettingsKnowledgeDocumentQuery = { __typename?: 'Query', node?:
    | { __typename: 'Agent' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Conversation' }
    | { __typename: 'CustomAction' }
    | { __typename: 'HandoffTopic' }
    | { __typename: 'Invitation' }
    | { __typename: 'KnowledgeDocument', id: string, title: string, content: string, sourceUrl?: string | null, updatedAt: string }
    | { __typename: 'Message' }
    | { __typename: 'Visitor' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'Workspace' }
   | null };

export type SettingsCreateKnowledgeDocumentMutationVariables = Exact<{
  input: KnowledgeDocumentInput;
}>;


export type SettingsCreateKnowledgeDocumentMutation = { __typename?: 'Mutation', createKnowledgeDocument:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'KnowledgeDocument', id: string, title: string, sourceUrl?: string | null, updatedAt: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsUpdateKnowledgeDocumentMutationVariables = Exact<{
  documentId: Scalars['ID']['input'];
  input: KnowledgeDocumentInput;
}>;


export type SettingsUpdateKnowledgeDocumentMutation = { __typename?: 'Mutation', updateKnowledgeDocument:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'KnowledgeDocument', id: string, title: string, sourceUrl?: string | null, updatedAt: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsDeleteKnowledgeDocumentMutationVariables = Exact<{
  documentId: Scalars['ID']['input'];
}>;


export type SettingsDeleteKnowledgeDocumentMutation = { __typename?: 'Mutation', deleteKnowledgeDocument:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'KnowledgeDocument', id: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsCustomActionFragment = { __typename: 'CustomAction', id: string, label: string, intent: ActionIntent, description: string, enabled: boolean, position: number, fields: Array<{ __typename: 'CustomActionField', key: string, label: string, type: ActionFieldType, required: boolean, placeholder?: string | null, maxLength: number, options: Array<string> }> };

export type SettingsCustomActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsCustomActionsQuery = { __typename?: 'Query', workspace: { __typename: 'Workspace', id: string, name: string }, customActions: Array<{ __typename: 'CustomAction', id: string, label: string, intent: ActionIntent, description: string, enabled: boolean, position: number, fields: Array<{ __typename: 'CustomActionField', key: string, label: string, type: ActionFieldType, required: boolean, placeholder?: string | null, maxLength: number, options: Array<string> }> }> };

export type SettingsCreateCustomActionMutationVariables = Exact<{
  input: CustomActionInput;
}>;


export type SettingsCreateCustomActionMutation = { __typename?: 'Mutation', createCustomAction:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'CustomAction', id: string, label: string, intent: ActionIntent, description: string, enabled: boolean, position: number, fields: Array<{ __typename: 'CustomActionField', key: string, label: string, type: ActionFieldType, required: boolean, placeholder?: string | null, maxLength: number, options: Array<string> }> }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsUpdateCustomActionMutationVariables = Exact<{
  actionId: Scalars['ID']['input'];
  input: CustomActionInput;
}>;


export type SettingsUpdateCustomActionMutation = { __typename?: 'Mutation', updateCustomAction:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'CustomAction', id: string, label: string, intent: ActionIntent, description: string, enabled: boolean, position: number, fields: Array<{ __typename: 'CustomActionField', key: string, label: string, type: ActionFieldType, required: boolean, placeholder?: string | null, maxLength: number, options: Array<string> }> }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsSetCustomActionEnabledMutationVariables = Exact<{
  actionId: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type SettingsSetCustomActionEnabledMutation = { __typename?: 'Mutation', setCustomActionEnabled:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'CustomAction', id: string, label: string, intent: ActionIntent, description: string, enabled: boolean, position: number, fields: Array<{ __typename: 'CustomActionField', key: string, label: string, type: ActionFieldType, required: boolean, placeholder?: string | null, maxLength: number, options: Array<string> }> }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsReorderCustomActionsMutationVariables = Exact<{
  actionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SettingsReorderCustomActionsMutation = { __typename?: 'Mutation', reorderCustomActions:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MutationReorderCustomActionsSuccess', data: Array<{ __typename: 'CustomAction', id: string, label: string, intent: ActionIntent, description: string, enabled: boolean, position: number, fields: Array<{ __typename: 'CustomActionField', key: string, label: string, type: ActionFieldType, required: boolean, placeholder?: string | null, maxLength: number, options: Array<string> }> }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsDeleteCustomActionMutationVariables = Exact<{
  actionId: Scalars['ID']['input'];
}>;


export type SettingsDeleteCustomActionMutation = { __typename?: 'Mutation', deleteCustomAction:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'CustomAction', id: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
   };

export type SettingsWorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsWorkspaceQuery = { __typename?: 'Query', workspace: { __typename: 'Workspace', id: string, name: string, responseTimeTargetSeconds: number, allowedOrigins: Array<string>, widgetSnippet: string, publicKey: string } };

export type SettingsUpdateWorkspaceMutationVariables = Exact<{
  input: UpdateWorkspaceInput;
}>;


export type SettingsUpdateWorkspaceMutation = { __typename?: 'Mutation', updateWorkspace:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
    | { __typename: 'Workspace', id: string, name: string, responseTimeTargetSeconds: number, allowedOrigins: Array<string>, widgetSnippet: string, publicKey: string }
   };

export type SettingsUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsUsageQuery = { __typename?: 'Query', daily: Array<{ __typename: 'AiUsagePeriod', period: string, responses: number, promptTokens: number, completionTokens: number }>, monthly: Array<{ __typename: 'AiUsagePeriod', period: string, responses: number, promptTokens: number, completionTokens: number }>, aiSpendCap: { __typename: 'AiSpendCap', dailyLimit?: number | null, dailyUsed: number, dailyReached: boolean, monthlyLimit?: number | null, monthlyUsed: number, monthlyReached: boolean, reached: boolean } };

export type SettingsWebhookEndpointFragment = { __typename: 'WebhookEndpoint', id: string, url: string, description?: string | null, events: Array<string>, secret: string, enabled: boolean, disabledAt?: string | null, disabledReason?: string | null, consecutiveFailures: number, createdAt: string };

export type SettingsWebhookAttemptFragment = { __typename: 'WebhookAttempt', attempt: number, startedAt: string, durationMs: number, statusCode?: number | null, error?: string | null, requestHeaders: string, responseExcerpt?: string | null };

export type SettingsWebhookDeliveryFragment = { __typename: 'WebhookDelivery', id: string, event: string, status: WebhookDeliveryStatus, attemptCount: number, body: string, createdAt: string, nextAttemptAt?: string | null, deliveredAt?: string | null, attempts: Array<{ __typename: 'WebhookAttempt', attempt: number, startedAt: string, durationMs: number, statusCode?: number | null, error?: string | null, requestHeaders: string, responseExcerpt?: string | null }> };

export type SettingsWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsWebhooksQuery = { __typename?: 'Query', webhookEndpoints: Array<{ __typename: 'WebhookEndpoint', id: string, url: string, description?: string | null, events: Array<string>, secret: string, enabled: boolean, disabledAt?: string | null, disabledReason?: string | null, consecutiveFailures: number, createdAt: string }>, webhookEventTypes: Array<{ __typename: 'WebhookEventType', type: string, description: string }> };

export type SettingsWebhookDeliveriesQueryVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SettingsWebhookDeliveriesQuery = { __typename?: 'Query', node?:
    | { __typename: 'Agent', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Conversation', id: string }
    | { __typename: 'CustomAction', id: string }
    | { __typename: 'HandoffTopic', id: string }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'KnowledgeDocument', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Visitor', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string, deliveries: { __typename: 'WebhookEndpointDeliveriesConnection', edges: Array<{ __typename: 'WebhookEndpointDeliveriesConnectionEdge', node: { __typename: 'WebhookDelivery', id: string, event: string, status: WebhookDeliveryStatus, attemptCount: number, body: string, createdAt: string, nextAttemptAt?: string | null, deliveredAt?: string | null, attempts: Array<{ __typename: 'WebhookAttempt', attempt: number, startedAt: string, durationMs: number, statusCode?: number | null, error?: string | null, requestHeaders: string, responseExcerpt?: string | null }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } }
    | { __typename: 'Workspace', id: string }
   | null };

export type SettingsWebhookDeliveryQueryVariables = Exact<{
  deliveryId: Scalars['ID']['input'];
}>;


export type SettingsWebhookDeliveryQuery = { __typename?: 'Query', node?:
    | { __typename: 'Agent', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Conversation', id: string }
    | { __typename: 'CustomAction', id: string }
    | { __typename: 'HandoffTopic', id: string }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'KnowledgeDocument', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Visitor', id: string }
    | { __typename: 'WebhookDelivery', id: string, event: string, status: WebhookDeliveryStatus, attemptCount: number, body: string, createdAt: string, nextAttemptAt?: string | null, deliveredAt?: string | null, endpoint: { __typename: 'WebhookEndpoint', id: string, url: string, description?: string | null, events: Array<string>, secret: string, enabled: boolean, disabledAt?: string | null, disabledReason?: string | null, consecutiveFailures: number, createdAt: string }, attempts: Array<{ __typename: 'WebhookAttempt', attempt: number, startedAt: string, durationMs: number, statusCode?: number | null, error?: string | null, requestHeaders: string, responseExcerpt?: string | null }> }
    | { __typename: 'WebhookEndpoint', id: string }
    | { __typename: 'Workspace', id: string }
   | null };

export type SettingsCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type SettingsCreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
    | { __typename: 'WebhookEndpoint', id: string, url: string, description?: string | null, events: Array<string>, secret: string, enabled: boolean, disabledAt?: string | null, disabledReason?: string | null, consecutiveFailures: number, createdAt: string }
   };

export type SettingsUpdateWebhookEndpointMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
}>;


export type SettingsUpdateWebhookEndpointMutation = { __typename?: 'Mutation', updateWebhookEndpoint:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
    | { __typename: 'WebhookEndpoint', id: string, url: string, description?: string | null, events: Array<string>, secret: string, enabled: boolean, disabledAt?: string | null, disabledReason?: string | null, consecutiveFailures: number, createdAt: string }
   };

export type SettingsRotateWebhookSecretMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
}>;


export type SettingsRotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
    | { __typename: 'WebhookEndpoint', id: string, url: string, description?: string | null, events: Array<string>, secret: string, enabled: boolean, disabledAt?: string | null, disabledReason?: string | null, consecutiveFailures: number, createdAt: string }
   };

export type SettingsDeleteWebhookEndpointMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
}>;


export type SettingsDeleteWebhookEndpointMutation = { __typename?: 'Mutation', deleteWebhookEndpoint:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
    | { __typename: 'WebhookEndpoint', id: string }
   };

export type SettingsSendTestWebhookMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
}>;


export type SettingsSendTestWebhookMutation = { __typename?: 'Mutation', sendTestWebhook:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
    | { __typename: 'WebhookDelivery', id: string, event: string, status: WebhookDeliveryStatus, attemptCount: number, body: string, createdAt: string, nextAttemptAt?: string | null, deliveredAt?: string | null, attempts: Array<{ __typename: 'WebhookAttempt', attempt: number, startedAt: string, durationMs: number, statusCode?: number | null, error?: string | null, requestHeaders: string, responseExcerpt?: string | null }> }
   };

export type SettingsRedeliverWebhookMutationVariables = Exact<{
  deliveryId: Scalars['ID']['input'];
}>;


export type SettingsRedeliverWebhookMutation = { __typename?: 'Mutation', redeliverWebhook:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidOperationError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ __typename: 'FieldError', path: string, message: string }> }
    | { __typename: 'WebhookDelivery', id: string, event: string, status: WebhookDeliveryStatus, attemptCount: number, body: string, createdAt: string, nextAttemptAt?: string | null, deliveredAt?: string | null, attempts: Array<{ __typename: 'WebhookAttempt', attempt: number, startedAt: string, durationMs: number, statusCode?: number | null, error?: string | null, requestHeaders: string, responseExcerpt?: string | null }> }
   };

export type ShellWebhookAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellWebhookAlertsQuery = { __typename?: 'Query', webhookEndpoints: Array<{ __typename: 'WebhookEndpoint', id: string, url: string, enabled: boolean, disabledAt?: string | null, disabledReason?: string | null }> };

export type ShellWebhookNoticesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ShellWebhookNoticesSubscription = { __typename?: 'Subscription', webhookNotices: { __typename: 'WebhookNotice', kind: WebhookNoticeKind, at: string, url: string, reason: string, endpoint?: { __typename: 'WebhookEndpoint', id: string, url: string, description?: string | null, events: Array<string>, secret: string, enabled: boolean, disabledAt?: string | null, disabledReason?: string | null, consecutiveFailures: number, createdAt: string } | null } };

export const ConversationCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handoffRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstHumanReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetBreachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitorMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ConversationCardFragment, unknown>;
export const ConversationAccessFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationAccess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeOver"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"reassign"}},{"kind":"Field","name":{"kind":"Name","value":"handBack"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ConversationAccessFragment, unknown>;
export const ConversationDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"externalIdVerified"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handoffRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstHumanReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetBreachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitorMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationAccess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeOver"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"reassign"}},{"kind":"Field","name":{"kind":"Name","value":"handBack"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ConversationDetailFieldsFragment, unknown>;
export const SettingsApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsApiKeyFieldsFragment, unknown>;
export const SettingsHandoffTopicFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsHandoffTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"examples"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsHandoffTopicFragment, unknown>;
export const SettingsCustomActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsCustomAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsCustomActionFragment, unknown>;
export const SettingsWebhookEndpointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsWebhookEndpointFragment, unknown>;
export const SettingsWebhookAttemptFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookAttempt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"requestHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsWebhookAttemptFragment, unknown>;
export const SettingsWebhookDeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookAttempt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookAttempt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"requestHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsWebhookDeliveryFragment, unknown>;
export const InvitationPreviewDocument = {"__meta__":{"hash":"e801810385c86726e81b4fe9c414c6b6782d0f6b89fb5d626f4e5c81c7463cde"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"workspaceName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"540813573c087fd0b274003b8000ea02e36d0bd2a8d5d14dfa83bcbef3822356"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const LogInDocument = {"__meta__":{"hash":"53e90eeaef4c3692526a0a1608b3e2433ed1fc04665174ff6710528b3e50cd70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCredentialsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const SignUpDocument = {"__meta__":{"hash":"2f8e2e523dc235ac356823c453c24c3d262de0a0eca9f16c60df6b52d207a1b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailTakenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const InboxReassignTeammatesDocument = {"__meta__":{"hash":"584914230f2dd64c7fe75b4ea7a03355c81bde1cc085d18161807de45bef2adf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxReassignTeammates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"includeDeactivated"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presence"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InboxReassignTeammatesQuery, InboxReassignTeammatesQueryVariables>;
export const InboxReassignDocument = {"__meta__":{"hash":"34965fe538420951d22b740de5dbd367934e47594747a4ee7c50430803753f82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxReassign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<InboxReassignMutation, InboxReassignMutationVariables>;
export const EndVisitorSessionsDocument = {"__meta__":{"hash":"a4791d4b9fd1a6b357d3b8dc8c6dc6b27b089e0b1815de15977219fe7cdb3a91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndVisitorSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visitorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endVisitorSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"visitorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visitorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EndVisitorSessionsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<EndVisitorSessionsMutation, EndVisitorSessionsMutationVariables>;
export const InboxDocument = {"__meta__":{"hash":"8933586442da68a87869c027b6e45c15657b67432d7fa18476fe8ec518d1d964"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignee"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssigneeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignee"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignee"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationCard"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handoffRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstHumanReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetBreachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitorMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const InboxCountsDocument = {"__meta__":{"hash":"07c619081a6a2ea193f4fbf738bbe3af4dee1226ab9970fc0aee57d64f93cddc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"queue"},"name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"QUEUED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mine"},"name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ASSIGNED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"assignee"},"value":{"kind":"EnumValue","value":"ME"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InboxCountsQuery, InboxCountsQueryVariables>;
export const InboxEventsDocument = {"__meta__":{"hash":"42d8a409da0ad3aef1a383811b1cd88c44a0aa5cb9feda004bda5ff4ed1d2d38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboxEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationCard"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handoffRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstHumanReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetBreachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitorMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<InboxEventsSubscription, InboxEventsSubscriptionVariables>;
export const ConversationDetailDocument = {"__meta__":{"hash":"f6584866554e4cea127aa43df8ceadc6b0499c612428c7eff5b1ec8454c47def"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionTrigger"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionTopic"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handoffRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstHumanReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetBreachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitorMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationAccess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeOver"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"reassign"}},{"kind":"Field","name":{"kind":"Name","value":"handBack"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"externalIdVerified"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ConversationDetailQuery, ConversationDetailQueryVariables>;
export const ConversationStateDocument = {"__meta__":{"hash":"6773e84e0d5f928201da982ad0c5edcd288f1d2e7a56d38e0dd253cf48bf2c56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handoffRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstHumanReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetBreachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitorMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationAccess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeOver"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"reassign"}},{"kind":"Field","name":{"kind":"Name","value":"handBack"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"externalIdVerified"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ConversationStateQuery, ConversationStateQueryVariables>;
export const ConversationEventsDocument = {"__meta__":{"hash":"a0f5a5e8dacefd27e9416757cd8870960cfd8b800d38aa55dbfcc697a0addd39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionTrigger"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionTopic"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"typing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isTyping"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftId"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ConversationEventsSubscription, ConversationEventsSubscriptionVariables>;
export const TakeOverDocument = {"__meta__":{"hash":"3ead55a127ea8f43505ae78fa7a891e28bf54fd7058a247669a21029511f2a1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeOver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeOver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationAccess"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationTakenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handoffRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstHumanReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetBreachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitorMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationAccess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeOver"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"reassign"}},{"kind":"Field","name":{"kind":"Name","value":"handBack"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<TakeOverMutation, TakeOverMutationVariables>;
export const ReleaseDocument = {"__meta__":{"hash":"f5360921f5aea7bc7ccf5ab4ba717e85959a9e9fd4a93de859dec37b5e2026ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Release"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationAccess"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handoffRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstHumanReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetBreachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitorMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationAccess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeOver"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"reassign"}},{"kind":"Field","name":{"kind":"Name","value":"handBack"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ReleaseMutation, ReleaseMutationVariables>;
export const HandBackDocument = {"__meta__":{"hash":"752ab22942ff38a89a786f906ea3004edbdfe0ff879d8c6624e2082beda29fa5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandBack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handBackConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationAccess"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handoffRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstHumanReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetBreachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitorMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationAccess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeOver"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"reassign"}},{"kind":"Field","name":{"kind":"Name","value":"handBack"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<HandBackMutation, HandBackMutationVariables>;
export const ResolveDocument = {"__meta__":{"hash":"bb98521cfa05af17fd31177b11b07667659a4f00a06a06f876710ad404fceae8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Resolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationAccess"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handoffRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstHumanReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetBreachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitorMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationAccess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeOver"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"reassign"}},{"kind":"Field","name":{"kind":"Name","value":"handBack"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ResolveMutation, ResolveMutationVariables>;
export const ReopenDocument = {"__meta__":{"hash":"150188f47093e72946fb34fb0871f5e2f3394ae2a78ef6d683e96fe6a8212c96"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationAccess"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationTakenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handoffRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstHumanReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseTargetBreachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitorMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationAccess"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeOver"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"reassign"}},{"kind":"Field","name":{"kind":"Name","value":"handBack"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ReopenMutation, ReopenMutationVariables>;
export const ReplyDocument = {"__meta__":{"hash":"ace6ba5e97a19f3117c115160a13e964b7b85beab810231c0f87dcb9f048cb2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"sentMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<ReplyMutation, ReplyMutationVariables>;
export const CreateKnowledgeFromReplyDocument = {"__meta__":{"hash":"af60608dee98c40f0403c553dc37b554fc9e208048a4e33c0752310732d10b78"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKnowledgeFromReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKnowledgeFromReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<CreateKnowledgeFromReplyMutation, CreateKnowledgeFromReplyMutationVariables>;
export const AgentTypingDocument = {"__meta__":{"hash":"0eff25a1d6f58f3213bd915c31b8c49ab6b85583a519c5564787dd2910ddad49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgentTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isTyping"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTyping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"isTyping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isTyping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AgentTypingMutation, AgentTypingMutationVariables>;
export const ShellDocument = {"__meta__":{"hash":"732770d42dd5394a4f4605901783ce6ecd9a1022e35ee44fbd25a3d2cb2ba843"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Shell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeTargetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ShellQuery, ShellQueryVariables>;
export const SignOutDocument = {"__meta__":{"hash":"ce65f7a2113c7410581d332457289cc7074aed8e731807d76d2d95afa69e4363"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const OnboardingDocument = {"__meta__":{"hash":"c586a11e54a5dd4204bf70c935e0cbe0ab532221aa5478caa43aa560bbdf5c72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publicKey"}},{"kind":"Field","name":{"kind":"Name","value":"widgetSnippet"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doneCount"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OnboardingQuery, OnboardingQueryVariables>;
export const InboxPresenceMeDocument = {"__meta__":{"hash":"808aaa33c77e0bd3ba3d44ba01708ea12ded0b7f31a1c4657cefdcda58a830bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxPresenceMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"away"}},{"kind":"Field","name":{"kind":"Name","value":"presence"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InboxPresenceMeQuery, InboxPresenceMeQueryVariables>;
export const InboxSetAwayDocument = {"__meta__":{"hash":"c536811148b8489bfa4bc2b1a909891a77d97e8b47ea61719a5db116c42af7b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxSetAway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"away"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"away"},"value":{"kind":"Variable","name":{"kind":"Name","value":"away"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"away"}},{"kind":"Field","name":{"kind":"Name","value":"presence"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<InboxSetAwayMutation, InboxSetAwayMutationVariables>;
export const InboxTeamPresenceDocument = {"__meta__":{"hash":"d3576d85ae9b3b2ea2c4c241d5419e9f6cdeab0e9b8d407edc75fdcd7a7eb153"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxTeamPresence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamPresence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"away"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InboxTeamPresenceSubscription, InboxTeamPresenceSubscriptionVariables>;
export const SettingsAutoAssignmentDocument = {"__meta__":{"hash":"a035f2da34e7c55e865e72a4bbbf74b0a4a3cbd7b7ec010819d6159cbcfe6b79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsAutoAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"autoAssignment"}},{"kind":"Field","name":{"kind":"Name","value":"autoAssignCap"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SettingsAutoAssignmentQuery, SettingsAutoAssignmentQueryVariables>;
export const SettingsUpdateAutoAssignmentDocument = {"__meta__":{"hash":"bb72a64fb6a9cbe46bc6c18fa122a01b41207c2347167da6f965986fdc58e488"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdateAutoAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAutoAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAutoAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"autoAssignment"}},{"kind":"Field","name":{"kind":"Name","value":"autoAssignCap"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsUpdateAutoAssignmentMutation, SettingsUpdateAutoAssignmentMutationVariables>;
export const SettingsIdentityDocument = {"__meta__":{"hash":"536533de92c6abc4c44b11eab397d02ba089fffe8ec26171fe8159c2fbd6ed05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsIdentity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identitySecret"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerificationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SettingsIdentityQuery, SettingsIdentityQueryVariables>;
export const SettingsRotateIdentitySecretDocument = {"__meta__":{"hash":"ec9995141113fba6860e02e1906a7d75a5dc648c1574e89884b25b091c89a197"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRotateIdentitySecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateIdentitySecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identitySecret"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerificationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsRotateIdentitySecretMutation, SettingsRotateIdentitySecretMutationVariables>;
export const SettingsRequireIdentityDocument = {"__meta__":{"hash":"8ac62e1d0bf3b073ac235d2b8d33aa7ad70427381b004ac090bb3a38944aacb8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRequireIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"required"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"identityVerificationRequired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"required"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identitySecret"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerificationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsRequireIdentityMutation, SettingsRequireIdentityMutationVariables>;
export const SettingsApiKeysDocument = {"__meta__":{"hash":"faa4315d10c9a444e132dea7a40cf766032b4636cf3c67cb730de045ad648f46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsApiKeyFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsApiKeysQuery, SettingsApiKeysQueryVariables>;
export const SettingsCreateApiKeyDocument = {"__meta__":{"hash":"b3ba5d0ca82d3dacc520c0a33a0d21da59422415686c1eab4a9c18a7e087f07d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsApiKeyFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsCreateApiKeyMutation, SettingsCreateApiKeyMutationVariables>;
export const SettingsRevokeApiKeyDocument = {"__meta__":{"hash":"2d471338f4b59e63f8b57cf67fa3d862f70747ed8a7b8958eecc52a010476036"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"apiKeyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"apiKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"apiKeyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsApiKeyFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsRevokeApiKeyMutation, SettingsRevokeApiKeyMutationVariables>;
export const SettingsTeamDocument = {"__meta__":{"hash":"77b9a559b886cf61b6052f078d04b8dd6b1bc413c0f00a52dc48b9d367c469f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"admin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"presence"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"admin"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"emailError"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SettingsTeamQuery, SettingsTeamQueryVariables>;
export const SettingsInviteAgentDocument = {"__meta__":{"hash":"adf8766a6429c055fc6f7017ea1662285f6a05199464d01b641f6307620de744"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsInviteAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"emailError"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsInviteAgentMutation, SettingsInviteAgentMutationVariables>;
export const SettingsRevokeInvitationDocument = {"__meta__":{"hash":"7bb0fcc5defaa98ae02f2e5f129e89a38e759ac1d494a7fb9b422d9628c75738"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsRevokeInvitationMutation, SettingsRevokeInvitationMutationVariables>;
export const SettingsResendInvitationDocument = {"__meta__":{"hash":"f5504689227300a51e1edf2ba8fdb7b992633cd4ded1dd217b678cfcf9607942"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"emailError"}},{"kind":"Field","name":{"kind":"Name","value":"emailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsResendInvitationMutation, SettingsResendInvitationMutationVariables>;
export const SettingsChangeAgentRoleDocument = {"__meta__":{"hash":"0a3cfef64ac687bfd28b1de1203c349f79f8250c24f4c7e753e897dd3600599e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsChangeAgentRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAgentRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsChangeAgentRoleMutation, SettingsChangeAgentRoleMutationVariables>;
export const SettingsDeactivateAgentDocument = {"__meta__":{"hash":"ec6dd22c8009b695e038dc7cc002c5da52e3e99b8c738581de57ed13b571b0e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDeactivateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsDeactivateAgentMutation, SettingsDeactivateAgentMutationVariables>;
export const SettingsReactivateAgentDocument = {"__meta__":{"hash":"c7d10a2d53b0cc89f63b1bffe78bedb9cf8228db63100d6201a2a9b1962b6222"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsReactivateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsReactivateAgentMutation, SettingsReactivateAgentMutationVariables>;
export const SettingsAssistantDocument = {"__meta__":{"hash":"12a7031bb8d266f73cda019662479c6c04d11a1e3da83487f4171911c954a020"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsAssistant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"frustrationDetection"}},{"kind":"Field","name":{"kind":"Name","value":"explicitRequestMode"}},{"kind":"Field","name":{"kind":"Name","value":"answerWhileQueued"}},{"kind":"Field","name":{"kind":"Name","value":"aiDailyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"aiMonthlyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"instructionTopics"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SettingsAssistantQuery, SettingsAssistantQueryVariables>;
export const SettingsUpdateAssistantDocument = {"__meta__":{"hash":"2ca5d586d48b6102aecb0470e640bfbd5ddcf1398bfb6c462280c327ed44c1a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdateAssistant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssistantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssistantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistantSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"frustrationDetection"}},{"kind":"Field","name":{"kind":"Name","value":"explicitRequestMode"}},{"kind":"Field","name":{"kind":"Name","value":"answerWhileQueued"}},{"kind":"Field","name":{"kind":"Name","value":"aiDailyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"aiMonthlyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"instructionTopics"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsUpdateAssistantMutation, SettingsUpdateAssistantMutationVariables>;
export const SettingsSetSensitiveTopicDocument = {"__meta__":{"hash":"51fc5a86351fac53e9e11c933f1d873600e3da13c9e15d4d3c6ef87458bd423c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSetSensitiveTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSensitiveTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistantSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sensitiveTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsSetSensitiveTopicMutation, SettingsSetSensitiveTopicMutationVariables>;
export const SettingsHandoffTopicsDocument = {"__meta__":{"hash":"6a738785945d24cd8177248833abb794b86b880cc0482fd7f0a27231c32d1f25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsHandoffTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoffTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsHandoffTopic"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsHandoffTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"examples"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsHandoffTopicsQuery, SettingsHandoffTopicsQueryVariables>;
export const SettingsCreateHandoffTopicDocument = {"__meta__":{"hash":"1714799364e8c2c38cabb7b276350bf0bad6cc6fca4faf688cc3228abb577b9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreateHandoffTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHandoffTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsHandoffTopic"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsHandoffTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"examples"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsCreateHandoffTopicMutation, SettingsCreateHandoffTopicMutationVariables>;
export const SettingsUpdateHandoffTopicDocument = {"__meta__":{"hash":"7c8131528d7c0fdaba0e2f0aec3063a2df974108caf0e9078af758723b098a89"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdateHandoffTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topicId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHandoffTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topicId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topicId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsHandoffTopic"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsHandoffTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"examples"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsUpdateHandoffTopicMutation, SettingsUpdateHandoffTopicMutationVariables>;
export const SettingsDeleteHandoffTopicDocument = {"__meta__":{"hash":"e2b55190f15cc220c2930d2a0675d67d4d11650a77c58f18690fcfdc71f60a62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDeleteHandoffTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topicId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteHandoffTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topicId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topicId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffTopic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsDeleteHandoffTopicMutation, SettingsDeleteHandoffTopicMutationVariables>;
export const SettingsContentGapsDocument = {"__meta__":{"hash":"bcb5af7d59c6192cfae8fc3af25a1ab18ac25b2a877fabb070ba0a4a2bc2f584"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsContentGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contentGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"examples"}},{"kind":"Field","name":{"kind":"Name","value":"conversationIds"}},{"kind":"Field","name":{"kind":"Name","value":"lastAskedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SettingsContentGapsQuery, SettingsContentGapsQueryVariables>;
export const SettingsConversationStatusDocument = {"__meta__":{"hash":"ab9f212f5c06e68be27a1976b9fbd1ab8ae05613d7fc8d3691cc0f424b552404"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsConversationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SettingsConversationStatusQuery, SettingsConversationStatusQueryVariables>;
export const SettingsKnowledgeDocumentsDocument = {"__meta__":{"hash":"0eb00518b5c6485c02b61078c169fa85d666e1aababd65b4fa3b4dfee4346c31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsKnowledgeDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SettingsKnowledgeDocumentsQuery, SettingsKnowledgeDocumentsQueryVariables>;
export const SettingsKnowledgeDocumentDocument = {"__meta__":{"hash":"bae4838e708889dc81d65045d0651300c33d6ebab0e55751839d227e87fede8b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsKnowledgeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsKnowledgeDocumentQuery, SettingsKnowledgeDocumentQueryVariables>;
export const SettingsCreateKnowledgeDocumentDocument = {"__meta__":{"hash":"62b644e768e148fa5421c78d4fa7ab028b730b9360bf9ef3fa8cb186b746bac3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreateKnowledgeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKnowledgeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCreateKnowledgeDocumentMutation, SettingsCreateKnowledgeDocumentMutationVariables>;
export const SettingsUpdateKnowledgeDocumentDocument = {"__meta__":{"hash":"8e56e9b49b38094b364d783f5b839952178ee99b745679c590fb8f6ed01029c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdateKnowledgeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKnowledgeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsUpdateKnowledgeDocumentMutation, SettingsUpdateKnowledgeDocumentMutationVariables>;
export const SettingsDeleteKnowledgeDocumentDocument = {"__meta__":{"hash":"011e09c190884241546f632e475d02a5b80b6ae3060c4a3e35f9b7502dde5d1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDeleteKnowledgeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteKnowledgeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsDeleteKnowledgeDocumentMutation, SettingsDeleteKnowledgeDocumentMutationVariables>;
export const SettingsCustomActionsDocument = {"__meta__":{"hash":"ed135311f55b66bec23af4b6a95865097c04d6807c68ca2d85840b705fe32551"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsCustomActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsCustomAction"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsCustomAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsCustomActionsQuery, SettingsCustomActionsQueryVariables>;
export const SettingsCreateCustomActionDocument = {"__meta__":{"hash":"78a403f10a322af0593036528a858185c610039e59ec3ac51c1a0eac223e6400"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreateCustomAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsCustomAction"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsCustomAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsCreateCustomActionMutation, SettingsCreateCustomActionMutationVariables>;
export const SettingsUpdateCustomActionDocument = {"__meta__":{"hash":"9a38096d19210b498d0f1715c7d1c8d15599cb267767fddd7d7a593491d0f9ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdateCustomAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsCustomAction"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsCustomAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsUpdateCustomActionMutation, SettingsUpdateCustomActionMutationVariables>;
export const SettingsSetCustomActionEnabledDocument = {"__meta__":{"hash":"129380fc79617d9c3e3e882de94f3101f2eee447d4d4977d62b11a8edd7aeab4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSetCustomActionEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomActionEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsCustomAction"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsCustomAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsSetCustomActionEnabledMutation, SettingsSetCustomActionEnabledMutationVariables>;
export const SettingsReorderCustomActionsDocument = {"__meta__":{"hash":"99f29111dc1ef0c40f8845e355d0df849c6c6383ef57bd029ad911f6bdd25522"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsReorderCustomActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderCustomActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationReorderCustomActionsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsCustomAction"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsCustomAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsReorderCustomActionsMutation, SettingsReorderCustomActionsMutationVariables>;
export const SettingsDeleteCustomActionDocument = {"__meta__":{"hash":"ef01489f314c269812ac6147e4b61c77c4ffdd37aff808159113bb76822c7b07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDeleteCustomAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsDeleteCustomActionMutation, SettingsDeleteCustomActionMutationVariables>;
export const SettingsWorkspaceDocument = {"__meta__":{"hash":"ccbf844fa72e4f9134b9704eefa34b5a2e43ee905074f288343f0b600713c31e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsWorkspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeTargetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"widgetSnippet"}},{"kind":"Field","name":{"kind":"Name","value":"publicKey"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SettingsWorkspaceQuery, SettingsWorkspaceQueryVariables>;
export const SettingsUpdateWorkspaceDocument = {"__meta__":{"hash":"c395ca285e9e9430ce1dea508de2022c65a91643c960d20fc9cc281c900aca7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdateWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkspaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimeTargetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"widgetSnippet"}},{"kind":"Field","name":{"kind":"Name","value":"publicKey"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsUpdateWorkspaceMutation, SettingsUpdateWorkspaceMutationVariables>;
export const SettingsUsageDocument = {"__meta__":{"hash":"faf658392dd31a6a33f44e09274a8b5b7e9f435aa7cc93aebf189abecbd2799a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"daily"},"name":{"kind":"Name","value":"aiUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"DAY"}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"promptTokens"}},{"kind":"Field","name":{"kind":"Name","value":"completionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"monthly"},"name":{"kind":"Name","value":"aiUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"365"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"promptTokens"}},{"kind":"Field","name":{"kind":"Name","value":"completionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aiSpendCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"dailyUsed"}},{"kind":"Field","name":{"kind":"Name","value":"dailyReached"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUsed"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyReached"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SettingsUsageQuery, SettingsUsageQueryVariables>;
export const SettingsWebhooksDocument = {"__meta__":{"hash":"a957b4b45dfeaba9fc0ede7949aeebbca390785ccbc273b5c5294a16eb733cb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsWebhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookEventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsWebhooksQuery, SettingsWebhooksQueryVariables>;
export const SettingsWebhookDeliveriesDocument = {"__meta__":{"hash":"ebce890e1d56f0f6d8cc56d6b9c3b7924099e4ad3ad5e886b1a760198c5918cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookAttempt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"requestHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookAttempt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsWebhookDeliveriesQuery, SettingsWebhookDeliveriesQueryVariables>;
export const SettingsWebhookDeliveryDocument = {"__meta__":{"hash":"98f6da0f6bbb0c99b5352df64a94b08197463f3366f3391942e6a7e2fd81cfd6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookAttempt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"requestHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookAttempt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsWebhookDeliveryQuery, SettingsWebhookDeliveryQueryVariables>;
export const SettingsCreateWebhookEndpointDocument = {"__meta__":{"hash":"a7e785303a060e654a70a90e49c120b67af22446ad96a5256fd3ed8602310829"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsCreateWebhookEndpointMutation, SettingsCreateWebhookEndpointMutationVariables>;
export const SettingsUpdateWebhookEndpointDocument = {"__meta__":{"hash":"8fde6709a9ff77d1466b6356b622d0fa67c68c8f77adbeae43855b78b5e085e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsUpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsUpdateWebhookEndpointMutation, SettingsUpdateWebhookEndpointMutationVariables>;
export const SettingsRotateWebhookSecretDocument = {"__meta__":{"hash":"dde0c99faa5238cdf7fba8cb1a068c336873d15a482ffcaeddf9c8224125468a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsRotateWebhookSecretMutation, SettingsRotateWebhookSecretMutationVariables>;
export const SettingsDeleteWebhookEndpointDocument = {"__meta__":{"hash":"7d5ab3b2f84093c0467dbe1def48629df84295e261e8029d05427b546ef289ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsDeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsDeleteWebhookEndpointMutation, SettingsDeleteWebhookEndpointMutationVariables>;
export const SettingsSendTestWebhookDocument = {"__meta__":{"hash":"8950c0f2e56508d81770646fad04efec109f42282fcbd08ba0c1d6417ba766bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsSendTestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookAttempt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"requestHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookAttempt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsSendTestWebhookMutation, SettingsSendTestWebhookMutationVariables>;
export const SettingsRedeliverWebhookDocument = {"__meta__":{"hash":"c4dd451c71036c5993f30469f63b74832c37888fd54adbf6d0473682576624b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookAttempt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"requestHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookAttempt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SettingsRedeliverWebhookMutation, SettingsRedeliverWebhookMutationVariables>;
export const ShellWebhookAlertsDocument = {"__meta__":{"hash":"ccf24b319b7984ff8c4c365dcd4198980075131da09ad37242d75f8839ca3211"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShellWebhookAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ShellWebhookAlertsQuery, ShellWebhookAlertsQueryVariables>;
export const ShellWebhookNoticesDocument = {"__meta__":{"hash":"1faf46eec11f90231da80099905d7ccbc3f6a2a7fc123c14d928720feb553da7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ShellWebhookNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingsWebhookEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingsWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ShellWebhookNoticesSubscription, ShellWebhookNoticesSubscriptionVariables>;