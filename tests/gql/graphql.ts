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

export type BenchViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Agent', id: string, name: string, workspace: { __typename?: 'Workspace', name: string } } | null };

export type BenchSendMutationVariables = Exact<{
  i: SendMessageInput;
}>;


export type BenchSendMutation = { __typename?: 'Mutation', sendMessage:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'OwnershipError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'SendMessagePayload' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type BenchResumeSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BenchResumeSubscription = { __typename?: 'Subscription', conversationEvents: { __typename?: 'ConversationEvent', seq: number } };

export type BenchSignUpMutationVariables = Exact<{
  i: SignUpInput;
}>;


export type BenchSignUpMutation = { __typename?: 'Mutation', signUp:
    | { __typename: 'AuthPayload', token: string }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type BenchCreateDocumentMutationVariables = Exact<{
  input: KnowledgeDocumentInput;
}>;


export type BenchCreateDocumentMutation = { __typename?: 'Mutation', createKnowledgeDocument:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'KnowledgeDocument' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type BenchPublicKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchPublicKeyQuery = { __typename?: 'Query', workspace: { __typename?: 'Workspace', publicKey: string } };

export type BenchStartSessionMutationVariables = Exact<{
  i: StartWidgetSessionInput;
}>;


export type BenchStartSessionMutation = { __typename?: 'Mutation', startWidgetSession:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
    | { __typename: 'WidgetSession', token: string, conversation: { __typename?: 'Conversation', id: string } }
   };

export type BenchTakeOverMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BenchTakeOverMutation = { __typename?: 'Mutation', takeOver:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'Conversation' }
    | { __typename: 'ConversationTakenError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type SubmissionStreamSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SubmissionStreamSubscription = { __typename?: 'Subscription', conversationEvents: { __typename?: 'ConversationEvent', seq: number, message?: { __typename?: 'Message', authorKind: AuthorKind, body: string, submission?: { __typename?: 'ActionSubmission', actionLabel: string, values: Array<{ __typename?: 'CapturedValue', key: string, label: string, value: string }> } | null } | null, status?: { __typename?: 'ConversationStatusChange', change: OwnershipChange, status: ConversationStatus } | null } };

export type SubmissionHandoffsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmissionHandoffsQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', status: ConversationStatus, handoffs: Array<{ __typename?: 'HandoffRequest', status: HandoffStatus, actionLabel?: string | null, capturedValues: Array<{ __typename?: 'CapturedValue', key: string, value: string }> }>, messages: { __typename?: 'ConversationMessagesConnection', edges: Array<{ __typename?: 'ConversationMessagesConnectionEdge', node: { __typename?: 'Message', authorKind: AuthorKind, body: string, submission?: { __typename?: 'ActionSubmission', actionLabel: string, values: Array<{ __typename?: 'CapturedValue', key: string, value: string }> } | null } }> } } | null };

export type SubmissionMovesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  release: Scalars['Boolean']['input'];
  resolve: Scalars['Boolean']['input'];
  handBack: Scalars['Boolean']['input'];
}>;


export type SubmissionMovesMutation = { __typename?: 'Mutation', release?:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'Conversation' }
    | { __typename: 'ConversationTakenError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
  , resolve?:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'Conversation' }
    | { __typename: 'ConversationTakenError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
  , handBack?:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'Conversation' }
    | { __typename: 'ConversationTakenError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ApiKeysListQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysListQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiScope>, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null, createdBy?: { __typename?: 'Agent', name: string } | null }> };

export type ApiKeysConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysConversationsQuery = { __typename?: 'Query', conversations: { __typename?: 'QueryConversationsConnection', edges: Array<{ __typename?: 'QueryConversationsConnectionEdge', node: { __typename?: 'Conversation', id: string } }> } };

export type ApiKeysConversationNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiKeysConversationNodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'Agent' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Conversation', id: string, status: ConversationStatus }
    | { __typename: 'CustomAction' }
    | { __typename: 'HandoffTopic' }
    | { __typename: 'Invitation' }
    | { __typename: 'KnowledgeDocument' }
    | { __typename: 'Message' }
    | { __typename: 'Visitor' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'Workspace' }
   | null };

export type ApiKeysUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysUsageQuery = { __typename?: 'Query', aiUsage: Array<{ __typename?: 'AiUsagePeriod', period: string, responses: number }> };

export type ApiKeysActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string, label: string }> };

export type ApiKeysKnowledgeQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysKnowledgeQuery = { __typename?: 'Query', handoffTopics: Array<{ __typename?: 'HandoffTopic', id: string, name: string }> };

export type ApiKeysViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Agent', id: string, name: string } | null, workspace: { __typename?: 'Workspace', name: string } };

export type ApiKeysTakeOverMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiKeysTakeOverMutation = { __typename?: 'Mutation', takeOver:
    | { __typename: 'AuthenticationError', code: string }
    | { __typename: 'Conversation', id: string, status: ConversationStatus }
    | { __typename: 'ConversationTakenError', code: string }
    | { __typename: 'ForbiddenError', missingScope?: ApiScope | null, message: string, code: string }
    | { __typename: 'InvalidOperationError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ServiceUnavailableError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type ApiKeysReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type ApiKeysReplyMutation = { __typename?: 'Mutation', replyToConversation:
    | { __typename: 'AuthenticationError', code: string }
    | { __typename: 'ForbiddenError', missingScope?: ApiScope | null, message: string, code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'OwnershipError', code: string }
    | { __typename: 'RateLimitedError', code: string }
    | { __typename: 'SendMessagePayload', sentMessage: { __typename?: 'Message', body: string } }
    | { __typename: 'ServiceUnavailableError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type ApiKeysCreateTopicMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type ApiKeysCreateTopicMutation = { __typename?: 'Mutation', createHandoffTopic:
    | { __typename: 'AuthenticationError', code: string }
    | { __typename: 'ForbiddenError', missingScope?: ApiScope | null, code: string }
    | { __typename: 'HandoffTopic', name: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ServiceUnavailableError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type ApiKeysInviteMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type ApiKeysInviteMutation = { __typename?: 'Mutation', inviteAgent:
    | { __typename: 'AuthenticationError', code: string }
    | { __typename: 'EmailTakenError', code: string }
    | { __typename: 'ForbiddenError', missingScope?: ApiScope | null, message: string, code: string }
    | { __typename: 'InvitationPayload' }
    | { __typename: 'ServiceUnavailableError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type ApiKeysChangeRoleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiKeysChangeRoleMutation = { __typename?: 'Mutation', changeAgentRole:
    | { __typename: 'Agent' }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type ApiKeysDeactivateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiKeysDeactivateMutation = { __typename?: 'Mutation', deactivateAgent:
    | { __typename: 'Agent' }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type OfflinePacketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfflinePacketQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', handoff?: { __typename?: 'HandoffRequest', trigger: HandoffTrigger, citedDocuments: Array<{ __typename?: 'Citation', title: string }> } | null } | null };

export type OfflineStartAtOnceMutationVariables = Exact<{ [key: string]: never; }>;


export type OfflineStartAtOnceMutation = { __typename?: 'Mutation', updateAssistantSettings:
    | { __typename: 'AssistantSettings', explicitRequestMode: ExplicitRequestMode }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type OfflineUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type OfflineUsageQuery = { __typename?: 'Query', day: Array<{ __typename?: 'AiUsagePeriod', period: string, responses: number, promptTokens: number }>, month: Array<{ __typename?: 'AiUsagePeriod', period: string, responses: number }> };

export type OfflineUsageResponsesQueryVariables = Exact<{ [key: string]: never; }>;


export type OfflineUsageResponsesQuery = { __typename?: 'Query', aiUsage: Array<{ __typename?: 'AiUsagePeriod', responses: number }> };

export type OpenAiInstructionsMutationVariables = Exact<{
  instructions: Scalars['String']['input'];
}>;


export type OpenAiInstructionsMutation = { __typename?: 'Mutation', updateAssistantSettings:
    | { __typename: 'AssistantSettings' }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type OpenAiTypingOffMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OpenAiTypingOffMutation = { __typename?: 'Mutation', setTyping:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationSetTypingSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type OpenAiUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenAiUsageQuery = { __typename?: 'Query', aiUsage: Array<{ __typename?: 'AiUsagePeriod', responses: number, promptTokens: number, completionTokens: number }> };

export type OpenAiCreateActionMutationVariables = Exact<{
  i: CustomActionInput;
}>;


export type OpenAiCreateActionMutation = { __typename?: 'Mutation', createCustomAction:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'CustomAction', id: string }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type OpenAiCreateTopicMutationVariables = Exact<{
  i: HandoffTopicInput;
}>;


export type OpenAiCreateTopicMutation = { __typename?: 'Mutation', createHandoffTopic:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'HandoffTopic' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type OpenAiLegalOffMutationVariables = Exact<{ [key: string]: never; }>;


export type OpenAiLegalOffMutation = { __typename?: 'Mutation', setSensitiveTopic:
    | { __typename: 'AssistantSettings', sensitiveTopics: Array<{ __typename?: 'SensitiveTopic', key: string, enabled: boolean }> }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type OpenAiTranscriptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OpenAiTranscriptQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', messages: { __typename?: 'ConversationMessagesConnection', edges: Array<{ __typename?: 'ConversationMessagesConnectionEdge', node: { __typename?: 'Message', authorKind: AuthorKind, body: string } }> } } | null };

export type PolicyCreateDocumentMutationVariables = Exact<{
  input: KnowledgeDocumentInput;
}>;


export type PolicyCreateDocumentMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'KnowledgeDocument', id: string }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type PolicyCreateTopicMutationVariables = Exact<{
  i: HandoffTopicInput;
}>;


export type PolicyCreateTopicMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'HandoffTopic', id: string, name: string, examples: Array<string> }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type PolicySetBuiltInMutationVariables = Exact<{
  key: Scalars['String']['input'];
  on: Scalars['Boolean']['input'];
}>;


export type PolicySetBuiltInMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AssistantSettings', sensitiveTopics: Array<{ __typename?: 'SensitiveTopic', key: string, enabled: boolean }> }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type PolicyGapsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyGapsQuery = { __typename?: 'Query', contentGaps: Array<{ __typename?: 'ContentGap', question: string, count: number, examples: Array<string>, conversationIds: Array<string> }> };

export type PolicyPacketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyPacketQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', handoff?: { __typename?: 'HandoffRequest', trigger: HandoffTrigger, topic?: string | null, topicName?: string | null, summary: string } | null } | null };

export type PolicyInstructionsMutationVariables = Exact<{
  instructions: Scalars['String']['input'];
}>;


export type PolicyInstructionsMutation = { __typename?: 'Mutation', updateAssistantSettings:
    | { __typename: 'AssistantSettings', instructionTopics: Array<string> }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type PolicyInstructionTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyInstructionTopicsQuery = { __typename?: 'Query', assistantSettings: { __typename?: 'AssistantSettings', instructionTopics: Array<string> } };

export type PolicyCreateActionMutationVariables = Exact<{
  i: CustomActionInput;
}>;


export type PolicyCreateActionMutation = { __typename?: 'Mutation', createCustomAction:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'CustomAction', id: string }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type PolicyActionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyActionIdsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string }> };

export type PolicyFromReplyMutationVariables = Exact<{
  m: Scalars['ID']['input'];
}>;


export type PolicyFromReplyMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'KnowledgeDocument', title: string, content: string }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string }> }
   };

export type PolicyFirstMessageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyFirstMessageQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', messages: { __typename?: 'ConversationMessagesConnection', edges: Array<{ __typename?: 'ConversationMessagesConnectionEdge', node: { __typename?: 'Message', id: string } }> } } | null };

export type WhileQueuedSettingQueryVariables = Exact<{ [key: string]: never; }>;


export type WhileQueuedSettingQuery = { __typename?: 'Query', assistantSettings: { __typename?: 'AssistantSettings', answerWhileQueued: boolean }, customActions: Array<{ __typename?: 'CustomAction', id: string }> };

export type WhileQueuedSetMutationVariables = Exact<{
  on: Scalars['Boolean']['input'];
}>;


export type WhileQueuedSetMutation = { __typename?: 'Mutation', updateAssistantSettings:
    | { __typename: 'AssistantSettings', answerWhileQueued: boolean }
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WhileQueuedSetAsAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type WhileQueuedSetAsAgentMutation = { __typename?: 'Mutation', updateAssistantSettings:
    | { __typename: 'AssistantSettings' }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type WhileQueuedTranscriptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WhileQueuedTranscriptQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', status: ConversationStatus, messages: { __typename?: 'ConversationMessagesConnection', edges: Array<{ __typename?: 'ConversationMessagesConnectionEdge', node: { __typename?: 'Message', authorKind: AuthorKind, body: string, suggestedActionIds: Array<string> } }> } } | null };

export type BadInputViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type BadInputViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Agent', id: string } | null };

export type BadInputLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type BadInputLogInMutation = { __typename?: 'Mutation', logIn:
    | { __typename: 'AuthPayload', token: string }
    | { __typename: 'InvalidCredentialsError', message: string, code: string }
    | { __typename: 'InvalidOperationError', message: string, code: string }
    | { __typename: 'RateLimitedError', message: string, code: string }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type BadInputLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type BadInputLogOutMutation = { __typename?: 'Mutation', logOut:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'LogOutPayload' }
    | { __typename: 'ServiceUnavailableError' }
   };

export type BadInputRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BadInputRevokeMutation = { __typename?: 'Mutation', revokeInvitation:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'Invitation', revokedAt?: string | null }
    | { __typename: 'InvitationInvalidError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type BadInputInviteMutationVariables = Exact<{
  input: InviteAgentInput;
}>;


export type BadInputInviteMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'EmailTakenError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvitationPayload' }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type BadInputPromoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BadInputPromoteMutation = { __typename?: 'Mutation', r:
    | { __typename: 'Agent' }
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidOperationError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type BadInputDeactivateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BadInputDeactivateMutation = { __typename?: 'Mutation', r:
    | { __typename: 'Agent' }
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidOperationError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type BadInputUpdateWorkspaceMutationVariables = Exact<{
  input: UpdateWorkspaceInput;
}>;


export type BadInputUpdateWorkspaceMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
    | { __typename: 'Workspace' }
   };

export type BadInputPendingQueryVariables = Exact<{ [key: string]: never; }>;


export type BadInputPendingQuery = { __typename?: 'Query', workspace: { __typename?: 'Workspace', name: string, pendingInvitations: { __typename?: 'WorkspacePendingInvitationsConnection', totalCount: number } } };

export type BadInputMakeOwnerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BadInputMakeOwnerMutation = { __typename?: 'Mutation', r:
    | { __typename: 'Agent' }
    | { __typename: 'AuthenticationError', code: string }
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'InvalidOperationError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ServiceUnavailableError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type BadInputDemoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BadInputDemoteMutation = { __typename?: 'Mutation', r:
    | { __typename: 'Agent' }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError', entity: string }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type BadInputNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BadInputNodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'Agent', email: string, id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Conversation', id: string }
    | { __typename: 'CustomAction', id: string }
    | { __typename: 'HandoffTopic', id: string }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'KnowledgeDocument', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Visitor', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
    | { __typename: 'Workspace', name: string, id: string }
   | null };

export type BadInputRevokeForeignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BadInputRevokeForeignMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'Invitation' }
    | { __typename: 'InvitationInvalidError' }
    | { __typename: 'NotFoundError', entity: string }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type BadInputDeactivateForeignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BadInputDeactivateForeignMutation = { __typename?: 'Mutation', r:
    | { __typename: 'Agent' }
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InvalidOperationError', message: string }
    | { __typename: 'NotFoundError', entity: string, message: string }
    | { __typename: 'ServiceUnavailableError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ViewerCanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ViewerCanQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', status: ConversationStatus, viewerCan: { __typename?: 'ConversationPermissions', takeOver: boolean, release: boolean, reassign: boolean, handBack: boolean, resolve: boolean, reply: boolean } } | null };

export type ReleaseForPermissionsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReleaseForPermissionsMutation = { __typename?: 'Mutation', releaseConversation:
    | { __typename: 'AuthenticationError', code: string }
    | { __typename: 'Conversation' }
    | { __typename: 'ConversationTakenError', code: string }
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'InvalidOperationError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ServiceUnavailableError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type PermissionActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string }> };

export type MeIsAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type MeIsAdminQuery = { __typename?: 'Query', viewer?: { __typename?: 'Agent', role: AgentRole, isAdmin: boolean } | null };

export type OutageViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type OutageViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Agent', id: string, name: string } | null };

export type OutageLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type OutageLogInMutation = { __typename?: 'Mutation', logIn:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError', message: string, code: string }
    | { __typename: 'InvalidOperationError', message: string, code: string }
    | { __typename: 'RateLimitedError', message: string, code: string }
    | { __typename: 'ServiceUnavailableError', retryAfterSeconds: number, message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type OutageStartSessionMutationVariables = Exact<{
  input: StartWidgetSessionInput;
}>;


export type OutageStartSessionMutation = { __typename?: 'Mutation', startWidgetSession:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidOperationError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'RateLimitedError', message: string, code: string }
    | { __typename: 'ServiceUnavailableError', retryAfterSeconds: number, message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
    | { __typename: 'WidgetSession' }
   };

export type MaskingDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MaskingDocumentsQuery = { __typename?: 'Query', knowledgeDocuments: { __typename?: 'QueryKnowledgeDocumentsConnection', edges: Array<{ __typename?: 'QueryKnowledgeDocumentsConnectionEdge', node: { __typename?: 'KnowledgeDocument', id: string, title: string } }> } };

export type MaskingViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MaskingViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Agent', id: string } | null };

export type HandoffBadInputReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HandoffBadInputReadQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', id: string } | null, node?:
    | { __typename?: 'Agent', id: string }
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'Conversation', id: string }
    | { __typename?: 'CustomAction', id: string }
    | { __typename?: 'HandoffTopic', id: string }
    | { __typename?: 'Invitation', id: string }
    | { __typename?: 'KnowledgeDocument', id: string }
    | { __typename?: 'Message', id: string }
    | { __typename?: 'Visitor', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
    | { __typename?: 'WebhookEndpoint', id: string }
    | { __typename?: 'Workspace', id: string }
   | null };

export type HandoffBadInputAllowOriginMutationVariables = Exact<{ [key: string]: never; }>;


export type HandoffBadInputAllowOriginMutation = { __typename?: 'Mutation', updateWorkspace:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
    | { __typename: 'Workspace' }
   };

export type HandoffBadInputHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HandoffBadInputHistoryQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', messages: { __typename?: 'ConversationMessagesConnection', edges: Array<{ __typename?: 'ConversationMessagesConnectionEdge', node: { __typename?: 'Message', authorKind: AuthorKind, body: string } }> } } | null };

export type HandoffBadInputIdentifyMutationVariables = Exact<{
  input: IdentifyVisitorInput;
}>;


export type HandoffBadInputIdentifyMutation = { __typename?: 'Mutation', identifyVisitor:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'IdentifyVisitorPayload', name?: string | null, email?: string | null }
    | { __typename: 'IdentityVerificationError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type HandoffBadInputVisitorQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HandoffBadInputVisitorQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', visitor: { __typename?: 'Visitor', name?: string | null, email?: string | null, externalId?: string | null, attributes: Array<{ __typename?: 'VisitorAttribute', key: string, value: string }> } } | null };

export type HandoffActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoffActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string, label: string, enabled: boolean, fields: Array<{ __typename?: 'CustomActionField', key: string }> }> };

export type HandoffVisitorActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoffVisitorActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string, label: string, fields: Array<{ __typename?: 'CustomActionField', key: string, label: string, type: ActionFieldType, required: boolean, options: Array<string> }> }> };

export type HandoffCreateDocumentMutationVariables = Exact<{
  input: KnowledgeDocumentInput;
}>;


export type HandoffCreateDocumentMutation = { __typename?: 'Mutation', createKnowledgeDocument:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'KnowledgeDocument', id: string }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type HandoffQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoffQueueQuery = { __typename?: 'Query', conversations: { __typename?: 'QueryConversationsConnection', edges: Array<{ __typename?: 'QueryConversationsConnectionEdge', node: { __typename?: 'Conversation', id: string, messages: { __typename?: 'ConversationMessagesConnection', edges: Array<{ __typename?: 'ConversationMessagesConnectionEdge', node: { __typename?: 'Message', authorKind: AuthorKind, body: string } }> } } }> } };

export type HandoffTimedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HandoffTimedQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', firstHumanReplyAt?: string | null, waitingSeconds?: number | null } | null };

export type HandoffResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HandoffResolveMutation = { __typename?: 'Mutation', resolveConversation:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'Conversation', status: ConversationStatus, resolvedAt?: string | null }
    | { __typename: 'ConversationTakenError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type InboxEdgesActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxEdgesActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string }> };

export type InboxEdgesResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InboxEdgesResolveMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'Conversation', status: ConversationStatus }
    | { __typename: 'ConversationTakenError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type InboxEdgesReopenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InboxEdgesReopenMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'Conversation', status: ConversationStatus, assigneeName?: string | null, resolvedAt?: string | null, viewerCan: { __typename?: 'ConversationPermissions', reply: boolean, reopen: boolean, takeOver: boolean } }
    | { __typename: 'ConversationTakenError', agentName: string, code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidOperationError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type InboxEdgesCardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InboxEdgesCardQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', status: ConversationStatus, viewerCan: { __typename?: 'ConversationPermissions', reopen: boolean, takeOver: boolean }, lastMessage?: { __typename?: 'Message', body: string, authorKind: AuthorKind } | null, lastVisitorMessage?: { __typename?: 'Message', body: string, authorKind: AuthorKind } | null } | null };

export type InboxEdgesCardsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxEdgesCardsQuery = { __typename?: 'Query', conversations: { __typename?: 'QueryConversationsConnection', edges: Array<{ __typename?: 'QueryConversationsConnectionEdge', node: { __typename?: 'Conversation', id: string, lastVisitorMessage?: { __typename?: 'Message', body: string } | null } }> } };

export type InboxEdgesVisitorCardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InboxEdgesVisitorCardQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', lastVisitorMessage?: { __typename?: 'Message', body: string } | null } | null };

export type InboxActionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxActionIdsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string }> };

export type InboxNextPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InboxNextPageQuery = { __typename?: 'Query', conversations: { __typename?: 'QueryConversationsConnection', edges: Array<{ __typename?: 'QueryConversationsConnectionEdge', node: { __typename?: 'Conversation', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type InboxAsVisitorQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxAsVisitorQuery = { __typename?: 'Query', conversations: { __typename?: 'QueryConversationsConnection', edges: Array<{ __typename?: 'QueryConversationsConnectionEdge', node: { __typename?: 'Conversation', id: string } }> } };

export type InboxUpdateActionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CustomActionInput;
}>;


export type InboxUpdateActionMutation = { __typename?: 'Mutation', updateCustomAction:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'CustomAction', label: string, fields: Array<{ __typename?: 'CustomActionField', key: string, type: ActionFieldType, required: boolean, options: Array<string> }> }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type InboxReorderMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type InboxReorderMutation = { __typename?: 'Mutation', reorderCustomActions:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationReorderCustomActionsSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string }> }
   };

export type InboxDisableActionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InboxDisableActionMutation = { __typename?: 'Mutation', setCustomActionEnabled:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'CustomAction' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type InboxActionLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxActionLabelsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', label: string }> };

export type InboxAllActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxAllActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', label: string, enabled: boolean, position: number }> };

export type InboxDeleteActionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InboxDeleteActionMutation = { __typename?: 'Mutation', deleteCustomAction:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'CustomAction', label: string }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type InboxReplyOnItMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InboxReplyOnItMutation = { __typename?: 'Mutation', replyToConversation:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'OwnershipError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'SendMessagePayload' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type InboxBreachViewQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type InboxBreachViewQuery = { __typename?: 'Query', a?: { __typename?: 'Conversation', responseTargetBreachedAt?: string | null, waitingSeconds?: number | null } | null, b?: { __typename?: 'Conversation', responseTargetBreachedAt?: string | null, firstHumanReplyAt?: string | null } | null };

export type InboxPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  status?: InputMaybe<Array<ConversationStatus> | ConversationStatus>;
  assignee?: InputMaybe<AssigneeFilter>;
}>;


export type InboxPageQuery = { __typename?: 'Query', conversations: { __typename?: 'QueryConversationsConnection', totalCount: Array<{ __typename?: 'QueryConversationsConnectionEdge', cursor: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QueryConversationsConnectionEdge', node: { __typename?: 'Conversation', id: string, status: ConversationStatus, assigneeName?: string | null, waitingSeconds?: number | null, responseDueAt?: string | null, assignee?: { __typename?: 'Agent', name: string } | null, visitor: { __typename?: 'Visitor', id: string }, lastMessage?: { __typename?: 'Message', body: string, authorKind: AuthorKind } | null, lastVisitorMessage?: { __typename?: 'Message', body: string } | null, sessionMetadata: { __typename?: 'SessionMetadata', pageUrl?: string | null }, handoff?: { __typename?: 'HandoffRequest', trigger: HandoffTrigger, summary: string, actionLabel?: string | null, capturedValues: Array<{ __typename?: 'CapturedValue', key: string, value: string }>, citedDocuments: Array<{ __typename?: 'Citation', title: string }> } | null } }> } };

export type InviteMailMutationVariables = Exact<{
  input: InviteAgentInput;
}>;


export type InviteMailMutation = { __typename?: 'Mutation', inviteAgent:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'EmailTakenError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvitationPayload', token: string, url: string, invitation: { __typename?: 'Invitation', id: string, email: string, url?: string | null, emailStatus: InvitationEmailStatus, emailError?: string | null, emailedAt?: string | null } }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type ResendInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResendInvitationMutation = { __typename?: 'Mutation', resendInvitation:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidOperationError', code: string, message: string }
    | { __typename: 'Invitation', id: string, emailStatus: InvitationEmailStatus, emailError?: string | null, emailedAt?: string | null }
    | { __typename: 'InvitationInvalidError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type PendingInvitationLinksQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingInvitationLinksQuery = { __typename?: 'Query', workspace: { __typename?: 'Workspace', pendingInvitations: { __typename?: 'WorkspacePendingInvitationsConnection', edges: Array<{ __typename?: 'WorkspacePendingInvitationsConnectionEdge', node: { __typename?: 'Invitation', id: string, email: string, url?: string | null, emailStatus: InvitationEmailStatus, emailError?: string | null } }> } } };

export type KnowledgeCreateMutationVariables = Exact<{
  input: KnowledgeDocumentInput;
}>;


export type KnowledgeCreateMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'KnowledgeDocument', id: string, title: string }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type KnowledgeUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: KnowledgeDocumentInput;
}>;


export type KnowledgeUpdateMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'KnowledgeDocument' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type KnowledgeDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgeDeleteMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'KnowledgeDocument' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type KnowledgeListQueryVariables = Exact<{ [key: string]: never; }>;


export type KnowledgeListQuery = { __typename?: 'Query', knowledgeDocuments: { __typename?: 'QueryKnowledgeDocumentsConnection', edges: Array<{ __typename?: 'QueryKnowledgeDocumentsConnectionEdge', node: { __typename?: 'KnowledgeDocument', title: string } }> } };

export type KnowledgeNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgeNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Agent', id: string }
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'Conversation', id: string }
    | { __typename?: 'CustomAction', id: string }
    | { __typename?: 'HandoffTopic', id: string }
    | { __typename?: 'Invitation', id: string }
    | { __typename?: 'KnowledgeDocument', id: string }
    | { __typename?: 'Message', id: string }
    | { __typename?: 'Visitor', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
    | { __typename?: 'WebhookEndpoint', id: string }
    | { __typename?: 'Workspace', id: string }
   | null };

export type KnowledgeSettingsMutationVariables = Exact<{
  input: AssistantSettingsInput;
}>;


export type KnowledgeSettingsMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AssistantSettings', greeting: string, confidenceThreshold: number, frustrationDetection: boolean, provider: string }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string }> }
   };

export type KnowledgeGreetingQueryVariables = Exact<{ [key: string]: never; }>;


export type KnowledgeGreetingQuery = { __typename?: 'Query', assistantSettings: { __typename?: 'AssistantSettings', greeting: string } };

export type KnowledgeWidgetGreetingMutationVariables = Exact<{
  k: Scalars['String']['input'];
}>;


export type KnowledgeWidgetGreetingMutation = { __typename?: 'Mutation', startWidgetSession:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
    | { __typename: 'WidgetSession', greeting: string }
   };

export type MetricsActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string }> };

export type MetricsTypingOffMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MetricsTypingOffMutation = { __typename?: 'Mutation', setTyping:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationSetTypingSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type MultiInstanceViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MultiInstanceViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Agent', name: string } | null };

export type MultiInstanceActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MultiInstanceActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string }> };

export type OnboardingStepsQueryVariables = Exact<{ [key: string]: never; }>;


export type OnboardingStepsQuery = { __typename?: 'Query', workspace: { __typename?: 'Workspace', onboarding?: { __typename?: 'Onboarding', doneCount: number, complete: boolean, steps: Array<{ __typename?: 'OnboardingStep', id: OnboardingStepId, done: boolean }> } | null } };

export type TestPresenceResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestPresenceResolveMutation = { __typename?: 'Mutation', resolveConversation:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'Conversation' }
    | { __typename: 'ConversationTakenError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type SdkExampleActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SdkExampleActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string }> };

export type SdkTestActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SdkTestActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string }> };

export type SpendCapSetMutationVariables = Exact<{
  daily?: InputMaybe<Scalars['Int']['input']>;
  monthly?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SpendCapSetMutation = { __typename?: 'Mutation', updateAssistantSettings:
    | { __typename: 'AssistantSettings', aiDailyLimit?: number | null, aiMonthlyLimit?: number | null }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type SpendCapKeepMutationVariables = Exact<{ [key: string]: never; }>;


export type SpendCapKeepMutation = { __typename?: 'Mutation', updateAssistantSettings:
    | { __typename: 'AssistantSettings', aiDailyLimit?: number | null, aiMonthlyLimit?: number | null }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type SpendCapQueryVariables = Exact<{ [key: string]: never; }>;


export type SpendCapQuery = { __typename?: 'Query', aiSpendCap: { __typename?: 'AiSpendCap', dailyLimit?: number | null, dailyUsed: number, monthlyLimit?: number | null, monthlyUsed: number, dailyReached: boolean, monthlyReached: boolean, reached: boolean } };

export type ApiKeyTenancyLookQueryVariables = Exact<{
  conversation: Scalars['ID']['input'];
  visitor: Scalars['ID']['input'];
}>;


export type ApiKeyTenancyLookQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', id: string } | null, byNode?:
    | { __typename?: 'Agent', id: string }
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'Conversation', id: string }
    | { __typename?: 'CustomAction', id: string }
    | { __typename?: 'HandoffTopic', id: string }
    | { __typename?: 'Invitation', id: string }
    | { __typename?: 'KnowledgeDocument', id: string }
    | { __typename?: 'Message', id: string }
    | { __typename?: 'Visitor', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
    | { __typename?: 'WebhookEndpoint', id: string }
    | { __typename?: 'Workspace', id: string }
   | null, visitorNode?:
    | { __typename?: 'Agent', id: string }
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'Conversation', id: string }
    | { __typename?: 'CustomAction', id: string }
    | { __typename?: 'HandoffTopic', id: string }
    | { __typename?: 'Invitation', id: string }
    | { __typename?: 'KnowledgeDocument', id: string }
    | { __typename?: 'Message', id: string }
    | { __typename?: 'Visitor', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
    | { __typename?: 'WebhookEndpoint', id: string }
    | { __typename?: 'Workspace', id: string }
   | null };

export type ApiKeyTenancyTouchMutationVariables = Exact<{
  conversation: Scalars['ID']['input'];
  visitor: Scalars['ID']['input'];
}>;


export type ApiKeyTenancyTouchMutation = { __typename?: 'Mutation', takeOver:
    | { __typename: 'AuthenticationError', code: string }
    | { __typename: 'Conversation' }
    | { __typename: 'ConversationTakenError', code: string }
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'InvalidOperationError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ServiceUnavailableError', code: string }
    | { __typename: 'ValidationError', code: string }
  , replyToConversation:
    | { __typename: 'AuthenticationError', code: string }
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'OwnershipError', code: string }
    | { __typename: 'RateLimitedError', code: string }
    | { __typename: 'SendMessagePayload' }
    | { __typename: 'ServiceUnavailableError', code: string }
    | { __typename: 'ValidationError', code: string }
  , endVisitorSessions:
    | { __typename: 'AuthenticationError', code: string }
    | { __typename: 'EndVisitorSessionsPayload' }
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ServiceUnavailableError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type ApiKeyTenancyStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiKeyTenancyStatusQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', status: ConversationStatus, messages: { __typename?: 'ConversationMessagesConnection', edges: Array<{ __typename?: 'ConversationMessagesConnectionEdge', node: { __typename?: 'Message', body: string } }> } } | null };

export type ApiKeyTenancyVisitorOfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiKeyTenancyVisitorOfQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', visitor: { __typename?: 'Visitor', id: string } } | null };

export type BruteLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type BruteLogInMutation = { __typename?: 'Mutation', logIn:
    | { __typename: 'AuthPayload', token: string }
    | { __typename: 'InvalidCredentialsError', code: string }
    | { __typename: 'InvalidOperationError', code: string }
    | { __typename: 'RateLimitedError', code: string, message: string, retryAfterSeconds: number }
    | { __typename: 'ServiceUnavailableError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type BruteTwentyLogInsMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type BruteTwentyLogInsMutation = { __typename?: 'Mutation', a1:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a2:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a3:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a4:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a5:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a6:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a7:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a8:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a9:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a10:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a11:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a12:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a13:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a14:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a15:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a16:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a17:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a18:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a19:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , a20:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type ChunkedTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type ChunkedTypenameQuery = { __typename: 'Query' };

export type QueueFloodStartMutationVariables = Exact<{
  input: StartWidgetSessionInput;
}>;


export type QueueFloodStartMutation = { __typename?: 'Mutation', startWidgetSession:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
    | { __typename: 'WidgetSession', token: string, conversation: { __typename?: 'Conversation', id: string } }
   };

export type QueueFloodActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueFloodActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string, label: string }> };

export type QueueFloodSubmitMutationVariables = Exact<{
  input: SubmitActionInput;
}>;


export type QueueFloodSubmitMutation = { __typename?: 'Mutation', submitAction:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'HandoffPayload', alreadyRequested: boolean }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type OversizedPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OversizedPageQuery = { __typename?: 'Query', conversations: { __typename?: 'QueryConversationsConnection', edges: Array<{ __typename?: 'QueryConversationsConnectionEdge', node: { __typename?: 'Conversation', id: string } }> } };

export type InstancesStartMutationVariables = Exact<{
  input: StartWidgetSessionInput;
}>;


export type InstancesStartMutation = { __typename?: 'Mutation', startWidgetSession:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
    | { __typename: 'WidgetSession' }
   };

export type FloodTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type FloodTypenameQuery = { __typename: 'Query' };

export type RevocationLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type RevocationLogOutMutation = { __typename?: 'Mutation', logOut:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'LogOutPayload' }
    | { __typename: 'ServiceUnavailableError' }
   };

export type RevocationDeactivateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevocationDeactivateMutation = { __typename?: 'Mutation', deactivateAgent:
    | { __typename: 'Agent' }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type RevocationChangeRoleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  role: AgentRole;
}>;


export type RevocationChangeRoleMutation = { __typename?: 'Mutation', changeAgentRole:
    | { __typename: 'Agent' }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type RevocationAllowOriginsMutationVariables = Exact<{
  origins: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type RevocationAllowOriginsMutation = { __typename?: 'Mutation', updateWorkspace:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
    | { __typename: 'Workspace' }
   };

export type FloodSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type FloodSignUpMutation = { __typename?: 'Mutation', signUp:
    | { __typename: 'AuthPayload' }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError', code: string, retryAfterSeconds: number }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type FloodFiveSignUpsMutationVariables = Exact<{
  a: SignUpInput;
  b: SignUpInput;
  c: SignUpInput;
  d: SignUpInput;
  e: SignUpInput;
}>;


export type FloodFiveSignUpsMutation = { __typename?: 'Mutation', a:
    | { __typename: 'AuthPayload' }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , b:
    | { __typename: 'AuthPayload' }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , c:
    | { __typename: 'AuthPayload' }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , d:
    | { __typename: 'AuthPayload' }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
  , e:
    | { __typename: 'AuthPayload' }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type SocketTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type SocketTypenameQuery = { __typename: 'Query' };

export type TrustedPublicKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustedPublicKeyQuery = { __typename?: 'Query', workspace: { __typename?: 'Workspace', publicKey: string } };

export type TrustedConversationMessagesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrustedConversationMessagesQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Agent' }
    | { __typename?: 'ApiKey' }
    | { __typename?: 'Conversation', lastSeq: number, messages: { __typename?: 'ConversationMessagesConnection', edges: Array<{ __typename?: 'ConversationMessagesConnectionEdge', node: { __typename?: 'Message', body: string } }> } }
    | { __typename?: 'CustomAction' }
    | { __typename?: 'HandoffTopic' }
    | { __typename?: 'Invitation' }
    | { __typename?: 'KnowledgeDocument' }
    | { __typename?: 'Message' }
    | { __typename?: 'Visitor' }
    | { __typename?: 'WebhookDelivery' }
    | { __typename?: 'WebhookEndpoint' }
    | { __typename?: 'Workspace' }
   | null };

export type IdentitySpoofingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentitySpoofingSettingsQuery = { __typename?: 'Query', workspace: { __typename?: 'Workspace', identitySecret?: string | null, identityVerificationRequired: boolean } };

export type FloodSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type FloodSendMutation = { __typename?: 'Mutation', sendMessage:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'OwnershipError' }
    | { __typename: 'RateLimitedError', code: string, retryAfterSeconds: number }
    | { __typename: 'SendMessagePayload' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type FloodReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type FloodReplyMutation = { __typename?: 'Mutation', replyToConversation:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'OwnershipError' }
    | { __typename: 'RateLimitedError', code: string, retryAfterSeconds: number }
    | { __typename: 'SendMessagePayload' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type TokenRevocationEndMutationVariables = Exact<{
  visitorId: Scalars['ID']['input'];
}>;


export type TokenRevocationEndMutation = { __typename?: 'Mutation', endVisitorSessions:
    | { __typename: 'AuthenticationError', message: string, code: string }
    | { __typename: 'EndVisitorSessionsPayload', endedSessions: number, visitor: { __typename?: 'Visitor', id: string } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type TokenRevocationOriginsMutationVariables = Exact<{
  origins: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type TokenRevocationOriginsMutation = { __typename?: 'Mutation', updateWorkspace:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
    | { __typename: 'Workspace' }
   };

export type FloodStartSessionMutationVariables = Exact<{
  input: StartWidgetSessionInput;
}>;


export type FloodStartSessionMutation = { __typename?: 'Mutation', startWidgetSession:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RateLimitedError', code: string, message: string, retryAfterSeconds: number }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
    | { __typename: 'WidgetSession', token: string, resumed: boolean, conversation: { __typename?: 'Conversation', id: string } }
   };

export type SharedExecutionNarrowSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SharedExecutionNarrowSubscription = { __typename?: 'Subscription', conversationEvents: { __typename?: 'ConversationEvent', seq: number, kind: ConversationEventKind } };

export type SharedExecutionOptionalBodySubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
  withBody: Scalars['Boolean']['input'];
}>;


export type SharedExecutionOptionalBodySubscription = { __typename?: 'Subscription', conversationEvents: { __typename?: 'ConversationEvent', seq: number, message?: { __typename?: 'Message', internal: boolean, body?: string } | null } };

export type DrainViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DrainViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Agent', id: string } | null };

export type DrainLargeAnswerQueryVariables = Exact<{
  days?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DrainLargeAnswerQuery = { __typename?: 'Query', aiUsage: Array<{ __typename?: 'AiUsagePeriod', period: string }> };

export type TwoLogInsMutationVariables = Exact<{
  email: Scalars['String']['input'];
  first: Scalars['String']['input'];
  second: Scalars['String']['input'];
}>;


export type TwoLogInsMutation = { __typename?: 'Mutation', a:
    | { __typename: 'AuthPayload', agent: { __typename?: 'Agent', name: string, workspace: { __typename?: 'Workspace', name: string } } }
    | { __typename: 'InvalidCredentialsError', code: string }
    | { __typename: 'InvalidOperationError', code: string }
    | { __typename: 'RateLimitedError', code: string }
    | { __typename: 'ServiceUnavailableError', code: string }
    | { __typename: 'ValidationError', code: string }
  , b:
    | { __typename: 'AuthPayload', token: string }
    | { __typename: 'InvalidCredentialsError', code: string, message: string }
    | { __typename: 'InvalidOperationError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type SocketSessionTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type SocketSessionTypenameQuery = { __typename: 'Query' };

export type SocketSessionLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SocketSessionLogOutMutation = { __typename?: 'Mutation', logOut:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'LogOutPayload' }
    | { __typename: 'ServiceUnavailableError' }
   };

export type StreamResumeTypingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  on: Scalars['Boolean']['input'];
}>;


export type StreamResumeTypingMutation = { __typename?: 'Mutation', setTyping:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MutationSetTypingSuccess' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type TakeoverActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TakeoverActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string, label: string }> };

export type TakeoverReleaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TakeoverReleaseMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'Conversation', status: ConversationStatus, assigneeName?: string | null }
    | { __typename: 'ConversationTakenError', agentName: string, code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidOperationError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type TakeoverHandBackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TakeoverHandBackMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'Conversation', status: ConversationStatus, assigneeName?: string | null }
    | { __typename: 'ConversationTakenError', agentName: string, code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidOperationError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type TakeoverResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TakeoverResolveMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'Conversation', status: ConversationStatus, assigneeName?: string | null }
    | { __typename: 'ConversationTakenError', agentName: string, code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidOperationError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type TakeoverReassignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  agent: Scalars['ID']['input'];
}>;


export type TakeoverReassignMutation = { __typename?: 'Mutation', r:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'Conversation', status: ConversationStatus, assigneeName?: string | null }
    | { __typename: 'ConversationTakenError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type TakeoverStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TakeoverStatusQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', status: ConversationStatus } | null };

export type TeamViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Agent', id: string, name: string, email: string, role: AgentRole, active: boolean, workspace: { __typename?: 'Workspace', id: string, name: string, publicKey: string, responseTimeTargetSeconds: number } } | null };

export type TeamLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type TeamLogInMutation = { __typename?: 'Mutation', logIn:
    | { __typename: 'AuthPayload', token: string, expiresAt: string, agent: { __typename?: 'Agent', id: string, email: string } }
    | { __typename: 'InvalidCredentialsError', message: string, code: string }
    | { __typename: 'InvalidOperationError', message: string, code: string }
    | { __typename: 'RateLimitedError', message: string, code: string }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type TeamSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type TeamSignUpMutation = { __typename?: 'Mutation', signUp:
    | { __typename: 'AuthPayload', token: string, agent: { __typename?: 'Agent', id: string, name: string, email: string, role: AgentRole, workspace: { __typename?: 'Workspace', id: string, name: string, publicKey: string, widgetSnippet: string } } }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type TeamInvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type TeamInvitationPreviewQuery = { __typename?: 'Query', invitation:
    | { __typename: 'InvitationInvalidError' }
    | { __typename: 'InvitationPreview', email: string, role: AgentRole, workspaceName: string }
    | { __typename: 'ServiceUnavailableError' }
   };

export type TeamPendingInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamPendingInvitationsQuery = { __typename?: 'Query', workspace: { __typename?: 'Workspace', pendingInvitations: { __typename?: 'WorkspacePendingInvitationsConnection', totalCount: number, edges: Array<{ __typename?: 'WorkspacePendingInvitationsConnectionEdge', node: { __typename?: 'Invitation', email: string } }> } } };

export type TeamMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamMembersQuery = { __typename?: 'Query', workspace: { __typename?: 'Workspace', agents: { __typename?: 'WorkspaceAgentsConnection', totalCount: number, edges: Array<{ __typename?: 'WorkspaceAgentsConnectionEdge', node: { __typename?: 'Agent', name: string, role: AgentRole, active: boolean } }> }, pendingInvitations: { __typename?: 'WorkspacePendingInvitationsConnection', totalCount: number } } };

export type TeamPromoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TeamPromoteMutation = { __typename?: 'Mutation', changeAgentRole:
    | { __typename: 'Agent', role: AgentRole }
    | { __typename: 'AuthenticationError', code: string }
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'InvalidOperationError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ServiceUnavailableError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type TeamDeactivateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TeamDeactivateMutation = { __typename?: 'Mutation', deactivateAgent:
    | { __typename: 'Agent', active: boolean, deactivatedAt?: string | null }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type TeamReactivateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TeamReactivateMutation = { __typename?: 'Mutation', reactivateAgent:
    | { __typename: 'Agent', active: boolean }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type TeamUpdateWorkspaceMutationVariables = Exact<{
  input: UpdateWorkspaceInput;
}>;


export type TeamUpdateWorkspaceMutation = { __typename?: 'Mutation', updateWorkspace:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
    | { __typename: 'Workspace', name: string, responseTimeTargetSeconds: number, allowedOrigins: Array<string> }
   };

export type TeamLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type TeamLogOutMutation = { __typename?: 'Mutation', logOut:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'LogOutPayload', ok: boolean }
    | { __typename: 'ServiceUnavailableError' }
   };

export type VisitorDeviceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VisitorDeviceQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', sessionMetadata: { __typename?: 'SessionMetadata', userAgent?: string | null, device?: { __typename?: 'DeviceInfo', browser?: string | null, browserVersion?: string | null, os?: string | null, osVersion?: string | null, type: DeviceType, model?: string | null, summary: string } | null } } | null };

export type BrowserApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserApiKeysQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, scopes: Array<ApiScope>, revokedAt?: string | null }> };

export type BrowserApiKeysConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserApiKeysConversationsQuery = { __typename?: 'Query', conversations: { __typename?: 'QueryConversationsConnection', edges: Array<{ __typename?: 'QueryConversationsConnectionEdge', node: { __typename?: 'Conversation', id: string } }> } };

export type BrowserApiKeysUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserApiKeysUsageQuery = { __typename?: 'Query', aiUsage: Array<{ __typename?: 'AiUsagePeriod', period: string }> };

export type BrowserPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserPolicyQuery = { __typename?: 'Query', assistantSettings: { __typename?: 'AssistantSettings', instructionTopics: Array<string>, sensitiveTopics: Array<{ __typename?: 'SensitiveTopic', key: string, enabled: boolean }> }, handoffTopics: Array<{ __typename?: 'HandoffTopic', name: string, examples: Array<string>, enabled: boolean }> };

export type BrowserPolicyTopicIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserPolicyTopicIdsQuery = { __typename?: 'Query', handoffTopics: Array<{ __typename?: 'HandoffTopic', id: string }> };

export type BrowserPolicyResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BrowserPolicyResolveMutation = { __typename?: 'Mutation', resolveConversation:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'Conversation', status: ConversationStatus }
    | { __typename: 'ConversationTakenError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type BrowserPolicyGapsQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserPolicyGapsQuery = { __typename?: 'Query', contentGaps: Array<{ __typename?: 'ContentGap', question: string, count: number, examples: Array<string>, conversationIds: Array<string> }> };

export type InboxEdgesVisitorActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxEdgesVisitorActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string, label: string }> };

export type BrowserInboxSignUpMutationVariables = Exact<{
  i: SignUpInput;
}>;


export type BrowserInboxSignUpMutation = { __typename?: 'Mutation', signUp:
    | { __typename: 'AuthPayload', token: string, agent: { __typename?: 'Agent', workspace: { __typename?: 'Workspace', publicKey: string } } }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type BrowserInboxActionLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserInboxActionLabelsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', label: string, fields: Array<{ __typename?: 'CustomActionField', key: string, type: ActionFieldType }> }> };

export type BrowserInboxVisitorActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserInboxVisitorActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string, label: string, fields: Array<{ __typename?: 'CustomActionField', key: string }> }> };

export type BrowserInboxActionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserInboxActionIdsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string }> };

export type BrowserInboxAssigneeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BrowserInboxAssigneeQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', assigneeName?: string | null } | null };

export type BrowserInboxSeqsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BrowserInboxSeqsQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', messages: { __typename?: 'ConversationMessagesConnection', edges: Array<{ __typename?: 'ConversationMessagesConnectionEdge', node: { __typename?: 'Message', seq: number } }> } } | null };

export type TrustedWidgetKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustedWidgetKeyQuery = { __typename?: 'Query', workspace: { __typename?: 'Workspace', publicKey: string } };

export type BrowserIdentityEndSessionsMutationVariables = Exact<{
  visitorId: Scalars['ID']['input'];
}>;


export type BrowserIdentityEndSessionsMutation = { __typename?: 'Mutation', endVisitorSessions:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'EndVisitorSessionsPayload' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type EvalTranscriptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvalTranscriptQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', status: ConversationStatus, handoff?: { __typename?: 'HandoffRequest', trigger: HandoffTrigger, topic?: string | null, actionLabel?: string | null } | null, messages: { __typename?: 'ConversationMessagesConnection', edges: Array<{ __typename?: 'ConversationMessagesConnectionEdge', node: { __typename?: 'Message', seq: number, authorKind: AuthorKind, body: string, suggestionTrigger?: HandoffTrigger | null, suggestionTopic?: string | null, suggestedActionIds: Array<string>, citations: Array<{ __typename?: 'Citation', title: string }> } }> } } | null };

export type EvalReactionSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EvalReactionSubscription = { __typename?: 'Subscription', conversationEvents: { __typename?: 'ConversationEvent', seq: number, kind: ConversationEventKind, message?: { __typename?: 'Message', authorKind: AuthorKind } | null, status?: { __typename?: 'ConversationStatusChange', status: ConversationStatus } | null } };

export type EvalSignUpMutationVariables = Exact<{
  i: SignUpInput;
}>;


export type EvalSignUpMutation = { __typename?: 'Mutation', signUp:
    | { __typename: 'AuthPayload', token: string }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type EvalCreateDocumentMutationVariables = Exact<{
  i: KnowledgeDocumentInput;
}>;


export type EvalCreateDocumentMutation = { __typename?: 'Mutation', createKnowledgeDocument:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'KnowledgeDocument' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type EvalSettingsMutationVariables = Exact<{
  i: AssistantSettingsInput;
}>;


export type EvalSettingsMutation = { __typename?: 'Mutation', updateAssistantSettings:
    | { __typename: 'AssistantSettings' }
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type EvalActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvalActionsQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string, label: string }> };

export type EvalUpdateActionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  i: CustomActionInput;
}>;


export type EvalUpdateActionMutation = { __typename?: 'Mutation', updateCustomAction:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'CustomAction', id: string }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type EvalCreateActionMutationVariables = Exact<{
  i: CustomActionInput;
}>;


export type EvalCreateActionMutation = { __typename?: 'Mutation', createCustomAction:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'CustomAction', id: string }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type EvalCreateTopicMutationVariables = Exact<{
  i: HandoffTopicInput;
}>;


export type EvalCreateTopicMutation = { __typename?: 'Mutation', createHandoffTopic:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'HandoffTopic' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type EvalPublicKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type EvalPublicKeyQuery = { __typename?: 'Query', workspace: { __typename?: 'Workspace', publicKey: string } };

export type EvalLastSeqQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvalLastSeqQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', lastSeq: number } | null };

export type EvalSendMutationVariables = Exact<{
  i: SendMessageInput;
}>;


export type EvalSendMutation = { __typename?: 'Mutation', sendMessage:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'OwnershipError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'SendMessagePayload' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type EvalStartSessionMutationVariables = Exact<{
  i: StartWidgetSessionInput;
}>;


export type EvalStartSessionMutation = { __typename?: 'Mutation', startWidgetSession:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'InvalidOperationError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
    | { __typename: 'WidgetSession', token: string, conversation: { __typename?: 'Conversation', id: string } }
   };

export type ApiKeysCreateMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ApiKeysCreateMutation = { __typename?: 'Mutation', createApiKey:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'CreateApiKeyPayload', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiScope>, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, createdBy?: { __typename?: 'Agent', id: string } | null } }
    | { __typename: 'ForbiddenError', missingScope?: ApiScope | null, code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ApiKeysRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiKeysRevokeMutation = { __typename?: 'Mutation', revokeApiKey:
    | { __typename: 'ApiKey', id: string, revokedAt?: string | null }
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type LoadKnowledgeDocumentMutationVariables = Exact<{
  input: KnowledgeDocumentInput;
}>;


export type LoadKnowledgeDocumentMutation = { __typename?: 'Mutation', createKnowledgeDocument:
    | { __typename: 'AuthenticationError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'KnowledgeDocument' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ServiceUnavailableError' }
    | { __typename: 'ValidationError' }
   };

export type TranscriptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TranscriptQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', status: ConversationStatus, messages: { __typename?: 'ConversationMessagesConnection', edges: Array<{ __typename?: 'ConversationMessagesConnectionEdge', node: { __typename?: 'Message', seq: number, authorKind: AuthorKind, body: string, suggestionTrigger?: HandoffTrigger | null, suggestionTopic?: string | null, suggestedActionIds: Array<string>, citations: Array<{ __typename?: 'Citation', title: string, sourceUrl?: string | null }> } }> } } | null };

export type StartSessionMutationVariables = Exact<{
  input: StartWidgetSessionInput;
}>;


export type StartSessionMutation = { __typename?: 'Mutation', startWidgetSession:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidOperationError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'RateLimitedError', message: string, code: string }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
    | { __typename: 'WidgetSession', token: string, resumed: boolean, visitorId: string, workspaceName: string, greeting: string, conversation: { __typename?: 'Conversation', id: string, status: ConversationStatus, lastSeq: number } }
   };

export type SendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMutation = { __typename?: 'Mutation', sendMessage:
    | { __typename: 'AuthenticationError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'OwnershipError', message: string, code: string }
    | { __typename: 'RateLimitedError', message: string, code: string }
    | { __typename: 'SendMessagePayload', duplicate: boolean, sentMessage: { __typename?: 'Message', id: string, seq: number, body: string, authorKind: AuthorKind } }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type SubmitActionMutationVariables = Exact<{
  input: SubmitActionInput;
}>;


export type SubmitActionMutation = { __typename?: 'Mutation', submitAction:
    | { __typename: 'AuthenticationError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'HandoffPayload', alreadyRequested: boolean, conversation: { __typename?: 'Conversation', id: string, status: ConversationStatus } }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'RateLimitedError', message: string, code: string }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type ReplyMutation = { __typename?: 'Mutation', replyToConversation:
    | { __typename: 'AuthenticationError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'OwnershipError', owner: ConversationOwner, ownerName?: string | null, message: string, code: string }
    | { __typename: 'RateLimitedError', message: string, code: string }
    | { __typename: 'SendMessagePayload', duplicate: boolean, sentMessage: { __typename?: 'Message', id: string, seq: number, body: string, internal: boolean, authorName?: string | null } }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type TakeOverMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TakeOverMutation = { __typename?: 'Mutation', takeOver:
    | { __typename: 'AuthenticationError', message: string, code: string }
    | { __typename: 'Conversation', id: string, status: ConversationStatus, assignee?: { __typename?: 'Agent', id: string, name: string } | null }
    | { __typename: 'ConversationTakenError', agentName: string, agentId: string, message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvalidOperationError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type CreateActionMutationVariables = Exact<{
  input: CustomActionInput;
}>;


export type CreateActionMutation = { __typename?: 'Mutation', createCustomAction:
    | { __typename: 'AuthenticationError', message: string, code: string }
    | { __typename: 'CustomAction', id: string, label: string, enabled: boolean, position: number, fields: Array<{ __typename?: 'CustomActionField', key: string, label: string, type: ActionFieldType, required: boolean, options: Array<string>, maxLength: number }> }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type StreamSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StreamSubscription = { __typename?: 'Subscription', conversationEvents: { __typename?: 'ConversationEvent', seq: number, kind: ConversationEventKind, message?: { __typename?: 'Message', id: string, seq: number, body: string, authorKind: AuthorKind, authorName?: string | null, internal: boolean, clientId?: string | null } | null, status?: { __typename?: 'ConversationStatusChange', change: OwnershipChange, status: ConversationStatus, assigneeName?: string | null } | null, typing?: { __typename?: 'TypingIndicator', authorKind: AuthorKind, name?: string | null, isTyping: boolean } | null, draft?: { __typename?: 'AssistantDraft', draftId: string, delta: string } | null } };

export type InboxSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InboxSubscription = { __typename?: 'Subscription', inboxEvents: { __typename?: 'InboxEvent', kind: InboxEventKind, agentName?: string | null, conversation: { __typename?: 'Conversation', id: string, status: ConversationStatus, assigneeName?: string | null, waitingSeconds?: number | null, responseTargetBreachedAt?: string | null, sessionMetadata: { __typename?: 'SessionMetadata', pageUrl?: string | null, pageTitle?: string | null, referrer?: string | null, locale?: string | null, timezone?: string | null, userAgent?: string | null }, handoff?: { __typename?: 'HandoffRequest', trigger: HandoffTrigger, actionLabel?: string | null, summary: string, capturedValues: Array<{ __typename?: 'CapturedValue', key: string, label: string, value: string }>, citedDocuments: Array<{ __typename?: 'Citation', title: string }> } | null } } };

export type PublicKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicKeyQuery = { __typename?: 'Query', workspace: { __typename?: 'Workspace', publicKey: string } };

export type HandoffFirstActionQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoffFirstActionQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string }> };

export type IdentityIdentifyMutationVariables = Exact<{
  input: IdentifyVisitorInput;
}>;


export type IdentityIdentifyMutation = { __typename?: 'Mutation', identifyVisitor:
    | { __typename: 'AuthenticationError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'IdentifyVisitorPayload', name?: string | null, email?: string | null, identityVerified: boolean, visitorToken?: string | null }
    | { __typename: 'IdentityVerificationError', reason: IdentityProblem, message: string, code: string }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type IdentityRotateSecretMutationVariables = Exact<{ [key: string]: never; }>;


export type IdentityRotateSecretMutation = { __typename?: 'Mutation', rotateIdentitySecret:
    | { __typename: 'AuthenticationError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'Workspace', identitySecret?: string | null, identityVerificationRequired: boolean }
   };

export type IdentityRequireMutationVariables = Exact<{
  required: Scalars['Boolean']['input'];
}>;


export type IdentityRequireMutation = { __typename?: 'Mutation', updateWorkspace:
    | { __typename: 'AuthenticationError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
    | { __typename: 'Workspace', identityVerificationRequired: boolean }
   };

export type IdentityConversationVisitorQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IdentityConversationVisitorQuery = { __typename?: 'Query', conversation?: { __typename?: 'Conversation', id: string, visitor: { __typename?: 'Visitor', id: string, name?: string | null, email?: string | null, externalId?: string | null, identityVerified: boolean, externalIdVerified: boolean, emailVerified: boolean, attributes: Array<{ __typename?: 'VisitorAttribute', key: string, value: string }> } } | null };

export type TestTeamPresenceSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TestTeamPresenceSubscription = { __typename?: 'Subscription', teamPresence: { __typename?: 'PresenceChange', presence: Presence, agent: { __typename?: 'Agent', id: string, name: string, presence: Presence } } };

export type TestSetAwayMutationVariables = Exact<{
  away: Scalars['Boolean']['input'];
}>;


export type TestSetAwayMutation = { __typename?: 'Mutation', setAway:
    | { __typename: 'Agent', id: string, away: boolean, presence: Presence }
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
   };

export type TestTeamPresenceListQueryVariables = Exact<{ [key: string]: never; }>;


export type TestTeamPresenceListQuery = { __typename?: 'Query', workspace: { __typename?: 'Workspace', agents: { __typename?: 'WorkspaceAgentsConnection', edges: Array<{ __typename?: 'WorkspaceAgentsConnectionEdge', node: { __typename?: 'Agent', id: string, name: string, presence: Presence } }> } } };

export type TestUpdateAutoAssignmentMutationVariables = Exact<{
  input: UpdateAutoAssignmentInput;
}>;


export type TestUpdateAutoAssignmentMutation = { __typename?: 'Mutation', updateAutoAssignment:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
    | { __typename: 'Workspace', autoAssignment: AutoAssignment, autoAssignCap: number }
   };

export type TestConversationWaitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestConversationWaitQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Agent' }
    | { __typename?: 'ApiKey' }
    | { __typename?: 'Conversation', id: string, status: ConversationStatus, assignee?: { __typename?: 'Agent', id: string, name: string, presence: Presence } | null, expectedWait?: { __typename?: 'ExpectedWait', availableAgents: number, queuePosition: number, estimateSeconds?: number | null } | null }
    | { __typename?: 'CustomAction' }
    | { __typename?: 'HandoffTopic' }
    | { __typename?: 'Invitation' }
    | { __typename?: 'KnowledgeDocument' }
    | { __typename?: 'Message' }
    | { __typename?: 'Visitor' }
    | { __typename?: 'WebhookDelivery' }
    | { __typename?: 'WebhookEndpoint' }
    | { __typename?: 'Workspace' }
   | null };

export type TestEscalationActionQueryVariables = Exact<{ [key: string]: never; }>;


export type TestEscalationActionQuery = { __typename?: 'Query', customActions: Array<{ __typename?: 'CustomAction', id: string }> };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp:
    | { __typename: 'AuthPayload', token: string, agent: { __typename?: 'Agent', id: string, role: AgentRole, workspace: { __typename?: 'Workspace', id: string } } }
    | { __typename: 'EmailTakenError', message: string, code: string }
    | { __typename: 'InvalidOperationError', message: string, code: string }
    | { __typename: 'RateLimitedError', message: string, code: string }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type InviteMutationVariables = Exact<{
  input: InviteAgentInput;
}>;


export type InviteMutation = { __typename?: 'Mutation', inviteAgent:
    | { __typename: 'AuthenticationError', message: string, code: string }
    | { __typename: 'EmailTakenError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InvitationPayload', token: string, url: string, invitation: { __typename?: 'Invitation', id: string, email: string, role: AgentRole } }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type AcceptMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptMutation = { __typename?: 'Mutation', acceptInvitation:
    | { __typename: 'AuthPayload', token: string, agent: { __typename?: 'Agent', id: string, role: AgentRole, email: string, workspace: { __typename?: 'Workspace', id: string } } }
    | { __typename: 'EmailTakenError', message: string, code: string }
    | { __typename: 'InvalidOperationError', message: string, code: string }
    | { __typename: 'InvitationInvalidError', reason: InvitationProblem, message: string, code: string }
    | { __typename: 'ServiceUnavailableError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
    | { __typename: 'WebhookEndpoint', id: string, url: string, events: Array<string>, secret: string, enabled: boolean }
   };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { __typename?: 'Mutation', updateWebhookEndpoint:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
    | { __typename: 'WebhookEndpoint', id: string, url: string, events: Array<string>, enabled: boolean, disabledAt?: string | null, disabledReason?: string | null, consecutiveFailures: number }
   };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
    | { __typename: 'WebhookEndpoint', secret: string }
   };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookEndpointMutation = { __typename?: 'Mutation', deleteWebhookEndpoint:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
    | { __typename: 'WebhookEndpoint' }
   };

export type SendTestWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SendTestWebhookMutation = { __typename?: 'Mutation', sendTestWebhook:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
    | { __typename: 'WebhookDelivery', id: string, event: string, status: WebhookDeliveryStatus }
   };

export type RedeliverWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedeliverWebhookMutation = { __typename?: 'Mutation', redeliverWebhook:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidOperationError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ServiceUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
    | { __typename: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus }
   };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint', id: string, url: string, events: Array<string>, enabled: boolean, disabledAt?: string | null, disabledReason?: string | null, consecutiveFailures: number, deliveries: { __typename?: 'WebhookEndpointDeliveriesConnection', edges: Array<{ __typename?: 'WebhookEndpointDeliveriesConnectionEdge', node: { __typename?: 'WebhookDelivery', id: string, event: string, status: WebhookDeliveryStatus, attemptCount: number, body: string, nextAttemptAt?: string | null, deliveredAt?: string | null, attempts: Array<{ __typename?: 'WebhookAttempt', attempt: number, statusCode?: number | null, error?: string | null, durationMs: number, requestHeaders: string, responseExcerpt?: string | null }> } }> } }> };

export type WebhookNoticesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WebhookNoticesSubscription = { __typename?: 'Subscription', webhookNotices: { __typename?: 'WebhookNotice', kind: WebhookNoticeKind, url: string, reason: string, endpoint?: { __typename?: 'WebhookEndpoint', id: string, enabled: boolean } | null } };

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

export const BenchViewerDocument = new TypedDocumentString(`
    query BenchViewer {
  viewer {
    id
    name
    workspace {
      name
    }
  }
}
    `, {"hash":"a272c36b2ddb0d9cbf49651573dae749dd74d20752076a07c984a2a5e5b9528c"}) as unknown as TypedDocumentString<BenchViewerQuery, BenchViewerQueryVariables>;
export const BenchSendDocument = new TypedDocumentString(`
    mutation BenchSend($i: SendMessageInput!) {
  sendMessage(input: $i) {
    __typename
  }
}
    `, {"hash":"8867bab4683afb594c77406ab7c960c01a52bcaf51fe6b226fa52a78e245ea95"}) as unknown as TypedDocumentString<BenchSendMutation, BenchSendMutationVariables>;
export const BenchResumeDocument = new TypedDocumentString(`
    subscription BenchResume($id: ID!, $after: Int) {
  conversationEvents(conversationId: $id, afterSeq: $after) {
    seq
  }
}
    `, {"hash":"fc0e3f2a524e2bf6a793889ca4dc6ef3fdd96b5c05ad89a68d572e5b275bd5f6"}) as unknown as TypedDocumentString<BenchResumeSubscription, BenchResumeSubscriptionVariables>;
export const BenchSignUpDocument = new TypedDocumentString(`
    mutation BenchSignUp($i: SignUpInput!) {
  signUp(input: $i) {
    __typename
    ... on AuthPayload {
      token
    }
  }
}
    `, {"hash":"4c176537347929f630cecc6b77c271157b2be3f610dfa4d3f0e215b9bddd6a66"}) as unknown as TypedDocumentString<BenchSignUpMutation, BenchSignUpMutationVariables>;
export const BenchCreateDocumentDocument = new TypedDocumentString(`
    mutation BenchCreateDocument($input: KnowledgeDocumentInput!) {
  createKnowledgeDocument(input: $input) {
    __typename
  }
}
    `, {"hash":"fa59c2fca3e423f6e009b597596947cb054b6402b84d15a5d22c96213b262cef"}) as unknown as TypedDocumentString<BenchCreateDocumentMutation, BenchCreateDocumentMutationVariables>;
export const BenchPublicKeyDocument = new TypedDocumentString(`
    query BenchPublicKey {
  workspace {
    publicKey
  }
}
    `, {"hash":"70fe1dc4f005ffe5eb9551fe300eea97e0f1f4f55d684696e9b581dccc46480f"}) as unknown as TypedDocumentString<BenchPublicKeyQuery, BenchPublicKeyQueryVariables>;
export const BenchStartSessionDocument = new TypedDocumentString(`
    mutation BenchStartSession($i: StartWidgetSessionInput!) {
  startWidgetSession(input: $i) {
    __typename
    ... on WidgetSession {
      token
      conversation {
        id
      }
    }
  }
}
    `, {"hash":"b2ef3c92152ae3dd9d11b6e0413d9a90c9961c6a1d04b2915b1610e86e35295c"}) as unknown as TypedDocumentString<BenchStartSessionMutation, BenchStartSessionMutationVariables>;
export const BenchTakeOverDocument = new TypedDocumentString(`
    mutation BenchTakeOver($id: ID!) {
  takeOver(conversationId: $id) {
    __typename
  }
}
    `, {"hash":"6ba2ff4d089f9c0fec9f87513ce4df0b15f060c57ba64198075a8a93a297947f"}) as unknown as TypedDocumentString<BenchTakeOverMutation, BenchTakeOverMutationVariables>;
export const SubmissionStreamDocument = new TypedDocumentString(`
    subscription SubmissionStream($id: ID!, $after: Int) {
  conversationEvents(conversationId: $id, afterSeq: $after) {
    seq
    message {
      authorKind
      body
      submission {
        actionLabel
        values {
          key
          label
          value
        }
      }
    }
    status {
      change
      status
    }
  }
}
    `, {"hash":"e279f5e12ece8d39b4f42180645fc2b874b9752e97fd68e5b7d137b2c2455ea8"}) as unknown as TypedDocumentString<SubmissionStreamSubscription, SubmissionStreamSubscriptionVariables>;
export const SubmissionHandoffsDocument = new TypedDocumentString(`
    query SubmissionHandoffs($id: ID!) {
  conversation(id: $id) {
    status
    handoffs {
      status
      actionLabel
      capturedValues {
        key
        value
      }
    }
    messages(first: 100) {
      edges {
        node {
          authorKind
          body
          submission {
            actionLabel
            values {
              key
              value
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"2e1289a3888e21d92d056d1fad7d5866d5e1b2d3f173ee30e973d7ce34f55596"}) as unknown as TypedDocumentString<SubmissionHandoffsQuery, SubmissionHandoffsQueryVariables>;
export const SubmissionMovesDocument = new TypedDocumentString(`
    mutation SubmissionMoves($id: ID!, $release: Boolean!, $resolve: Boolean!, $handBack: Boolean!) {
  release: releaseConversation(conversationId: $id) @include(if: $release) {
    __typename
    ... on Error {
      message
    }
  }
  resolve: resolveConversation(conversationId: $id) @include(if: $resolve) {
    __typename
    ... on Error {
      message
    }
  }
  handBack: handBackConversation(conversationId: $id) @include(if: $handBack) {
    __typename
    ... on Error {
      message
    }
  }
}
    `, {"hash":"48baefcd7443d3809f34d8581c476e7aad476576ab1524814823248ec5699b21"}) as unknown as TypedDocumentString<SubmissionMovesMutation, SubmissionMovesMutationVariables>;
export const ApiKeysListDocument = new TypedDocumentString(`
    query ApiKeysList {
  apiKeys {
    id
    name
    prefix
    scopes
    lastUsedAt
    expiresAt
    revokedAt
    createdBy {
      name
    }
  }
}
    `, {"hash":"4ec8e2ca18df6ebec456af02f56d082e9e167354c9294e93e527bd3435ce8d85"}) as unknown as TypedDocumentString<ApiKeysListQuery, ApiKeysListQueryVariables>;
export const ApiKeysConversationsDocument = new TypedDocumentString(`
    query ApiKeysConversations {
  conversations(first: 5) {
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"78028f06340736ec95db621ad165edac34651cabb09ab83eea59e2947b746213"}) as unknown as TypedDocumentString<ApiKeysConversationsQuery, ApiKeysConversationsQueryVariables>;
export const ApiKeysConversationNodeDocument = new TypedDocumentString(`
    query ApiKeysConversationNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on Conversation {
      id
      status
    }
  }
}
    `, {"hash":"146c15862dc0fb1e867cdd6509572bb78b165cb70844eaec45c1572ed7e383c2"}) as unknown as TypedDocumentString<ApiKeysConversationNodeQuery, ApiKeysConversationNodeQueryVariables>;
export const ApiKeysUsageDocument = new TypedDocumentString(`
    query ApiKeysUsage {
  aiUsage(days: 7) {
    period
    responses
  }
}
    `, {"hash":"bc4859f802f44c5a68a73c8071845e3450612e4b5cef086acadf680e83ad41d9"}) as unknown as TypedDocumentString<ApiKeysUsageQuery, ApiKeysUsageQueryVariables>;
export const ApiKeysActionsDocument = new TypedDocumentString(`
    query ApiKeysActions {
  customActions {
    id
    label
  }
}
    `, {"hash":"8574f860f60dfe7cc594fe92b187e6b9150096ba145b836ff0c5a036888fd96b"}) as unknown as TypedDocumentString<ApiKeysActionsQuery, ApiKeysActionsQueryVariables>;
export const ApiKeysKnowledgeDocument = new TypedDocumentString(`
    query ApiKeysKnowledge {
  handoffTopics {
    id
    name
  }
}
    `, {"hash":"6e64bc7d95ab4ce5215c5a2f1597e5e3ffaeef4d3589a10dcc389f7cbf7c5a42"}) as unknown as TypedDocumentString<ApiKeysKnowledgeQuery, ApiKeysKnowledgeQueryVariables>;
export const ApiKeysViewerDocument = new TypedDocumentString(`
    query ApiKeysViewer {
  viewer {
    id
    name
  }
  workspace {
    name
  }
}
    `, {"hash":"71b38287cdedea03df9f604092f50851390ec0f834f039e0c71afc2767934bb7"}) as unknown as TypedDocumentString<ApiKeysViewerQuery, ApiKeysViewerQueryVariables>;
export const ApiKeysTakeOverDocument = new TypedDocumentString(`
    mutation ApiKeysTakeOver($id: ID!) {
  takeOver(conversationId: $id) {
    __typename
    ... on Conversation {
      id
      status
    }
    ... on ForbiddenError {
      missingScope
      message
    }
    ... on Error {
      code
    }
  }
}
    `, {"hash":"c122fd9979852cddef3505a1bbe409089d3368ec80a8f681a8132467ce700e91"}) as unknown as TypedDocumentString<ApiKeysTakeOverMutation, ApiKeysTakeOverMutationVariables>;
export const ApiKeysReplyDocument = new TypedDocumentString(`
    mutation ApiKeysReply($input: ReplyInput!) {
  replyToConversation(input: $input) {
    __typename
    ... on SendMessagePayload {
      sentMessage {
        body
      }
    }
    ... on ForbiddenError {
      missingScope
      message
    }
    ... on Error {
      code
    }
  }
}
    `, {"hash":"6a2d1c4226642c2ef24af435459648acb32b412a5d50221f329a2e3fb29b2ca7"}) as unknown as TypedDocumentString<ApiKeysReplyMutation, ApiKeysReplyMutationVariables>;
export const ApiKeysCreateTopicDocument = new TypedDocumentString(`
    mutation ApiKeysCreateTopic($name: String!) {
  createHandoffTopic(input: {name: $name}) {
    __typename
    ... on HandoffTopic {
      name
    }
    ... on ForbiddenError {
      missingScope
    }
    ... on Error {
      code
    }
  }
}
    `, {"hash":"f4da126f5101bf249c967c3dbc92035afcaa24a5982dd9f3142fd819491df873"}) as unknown as TypedDocumentString<ApiKeysCreateTopicMutation, ApiKeysCreateTopicMutationVariables>;
export const ApiKeysInviteDocument = new TypedDocumentString(`
    mutation ApiKeysInvite($email: String!) {
  inviteAgent(input: {email: $email, role: AGENT}) {
    __typename
    ... on ForbiddenError {
      missingScope
      message
    }
    ... on Error {
      code
    }
  }
}
    `, {"hash":"95c094d50fe816352b54e6ba125d0aa3039038266c4bb79cfd169e8d8fe065e1"}) as unknown as TypedDocumentString<ApiKeysInviteMutation, ApiKeysInviteMutationVariables>;
export const ApiKeysChangeRoleDocument = new TypedDocumentString(`
    mutation ApiKeysChangeRole($id: ID!) {
  changeAgentRole(agentId: $id, role: AGENT) {
    __typename
  }
}
    `, {"hash":"f38b4916e3293ab2f778b6b925add0898a57f7c35b0581e2f6526a769b3a347c"}) as unknown as TypedDocumentString<ApiKeysChangeRoleMutation, ApiKeysChangeRoleMutationVariables>;
export const ApiKeysDeactivateDocument = new TypedDocumentString(`
    mutation ApiKeysDeactivate($id: ID!) {
  deactivateAgent(agentId: $id) {
    __typename
  }
}
    `, {"hash":"337db25309cc4f130ae91d3b94b3cdc1dab80027adfa67f83586e161944f76f0"}) as unknown as TypedDocumentString<ApiKeysDeactivateMutation, ApiKeysDeactivateMutationVariables>;
export const OfflinePacketDocument = new TypedDocumentString(`
    query OfflinePacket($id: ID!) {
  conversation(id: $id) {
    handoff {
      trigger
      citedDocuments {
        title
      }
    }
  }
}
    `, {"hash":"53de104c6835097ede492dece423bcff841bb13e9dfa2a75d9bc4e41622a05fe"}) as unknown as TypedDocumentString<OfflinePacketQuery, OfflinePacketQueryVariables>;
export const OfflineStartAtOnceDocument = new TypedDocumentString(`
    mutation OfflineStartAtOnce {
  updateAssistantSettings(input: {explicitRequestMode: START_HANDOFF}) {
    __typename
    ... on AssistantSettings {
      explicitRequestMode
    }
  }
}
    `, {"hash":"5476dc1b7eaa8bac58138652e2d3c3e36972261675b24d4d4e5d6b4e3b81a8c5"}) as unknown as TypedDocumentString<OfflineStartAtOnceMutation, OfflineStartAtOnceMutationVariables>;
export const OfflineUsageDocument = new TypedDocumentString(`
    query OfflineUsage {
  day: aiUsage {
    period
    responses
    promptTokens
  }
  month: aiUsage(granularity: MONTH) {
    period
    responses
  }
}
    `, {"hash":"77b685328026a3c24fc3caa6d0f077362a2361790933a5cbe7eeac689270fdff"}) as unknown as TypedDocumentString<OfflineUsageQuery, OfflineUsageQueryVariables>;
export const OfflineUsageResponsesDocument = new TypedDocumentString(`
    query OfflineUsageResponses {
  aiUsage {
    responses
  }
}
    `, {"hash":"73c7572b959eb9b6670a85520ce4a7d7c9cb0851bc93861c922be779164b80e5"}) as unknown as TypedDocumentString<OfflineUsageResponsesQuery, OfflineUsageResponsesQueryVariables>;
export const OpenAiInstructionsDocument = new TypedDocumentString(`
    mutation OpenAIInstructions($instructions: String!) {
  updateAssistantSettings(input: {instructions: $instructions}) {
    __typename
  }
}
    `, {"hash":"866599b44fa22244a85a2e74f47940f2ec74614f30c10880799bc5417a3af840"}) as unknown as TypedDocumentString<OpenAiInstructionsMutation, OpenAiInstructionsMutationVariables>;
export const OpenAiTypingOffDocument = new TypedDocumentString(`
    mutation OpenAITypingOff($id: ID!) {
  setTyping(conversationId: $id, isTyping: false) {
    __typename
  }
}
    `, {"hash":"c89d882fddeae08ed3131b51f331f553d41dfa263b60e2e8ba04ca64e78a02b2"}) as unknown as TypedDocumentString<OpenAiTypingOffMutation, OpenAiTypingOffMutationVariables>;
export const OpenAiUsageDocument = new TypedDocumentString(`
    query OpenAIUsage {
  aiUsage {
    responses
    promptTokens
    completionTokens
  }
}
    `, {"hash":"cf8986fb4ac1feda8658829247dfb85169d7af44ef52007ff7411086d58185b8"}) as unknown as TypedDocumentString<OpenAiUsageQuery, OpenAiUsageQueryVariables>;
export const OpenAiCreateActionDocument = new TypedDocumentString(`
    mutation OpenAICreateAction($i: CustomActionInput!) {
  createCustomAction(input: $i) {
    __typename
    ... on CustomAction {
      id
    }
  }
}
    `, {"hash":"489789022bd5b26306dba0ae90adde2c343bc857c3547681ecb34488c9339855"}) as unknown as TypedDocumentString<OpenAiCreateActionMutation, OpenAiCreateActionMutationVariables>;
export const OpenAiCreateTopicDocument = new TypedDocumentString(`
    mutation OpenAICreateTopic($i: HandoffTopicInput!) {
  createHandoffTopic(input: $i) {
    __typename
  }
}
    `, {"hash":"6443e06ebcd8b69ea2660a24179a7fc777ef3fee246a0b7381cbea8985cbff37"}) as unknown as TypedDocumentString<OpenAiCreateTopicMutation, OpenAiCreateTopicMutationVariables>;
export const OpenAiLegalOffDocument = new TypedDocumentString(`
    mutation OpenAILegalOff {
  setSensitiveTopic(key: "legal", enabled: false) {
    __typename
    ... on AssistantSettings {
      sensitiveTopics {
        key
        enabled
      }
    }
  }
}
    `, {"hash":"1ffcbf9a6256de7a0172d3db544f7faa06cd47028af707b0d71e1df2ffaea5b9"}) as unknown as TypedDocumentString<OpenAiLegalOffMutation, OpenAiLegalOffMutationVariables>;
export const OpenAiTranscriptDocument = new TypedDocumentString(`
    query OpenAITranscript($id: ID!) {
  conversation(id: $id) {
    messages {
      edges {
        node {
          authorKind
          body
        }
      }
    }
  }
}
    `, {"hash":"ca96d46e0321156ff65d2ddaab17fbcc39a207cfb20c1b829245e34783680be1"}) as unknown as TypedDocumentString<OpenAiTranscriptQuery, OpenAiTranscriptQueryVariables>;
export const PolicyCreateDocumentDocument = new TypedDocumentString(`
    mutation PolicyCreateDocument($input: KnowledgeDocumentInput!) {
  r: createKnowledgeDocument(input: $input) {
    __typename
    ... on KnowledgeDocument {
      id
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `, {"hash":"a5ddfee84e50b8b406663a2e1ccf26a954c5bd4ff37b49bd8396e8a135e576d3"}) as unknown as TypedDocumentString<PolicyCreateDocumentMutation, PolicyCreateDocumentMutationVariables>;
export const PolicyCreateTopicDocument = new TypedDocumentString(`
    mutation PolicyCreateTopic($i: HandoffTopicInput!) {
  r: createHandoffTopic(input: $i) {
    __typename
    ... on HandoffTopic {
      id
      name
      examples
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `, {"hash":"a19ec72a3370d7e02821d01c7dc26bfaaa7e3ea546ac8bac8845ad27da2ddeb9"}) as unknown as TypedDocumentString<PolicyCreateTopicMutation, PolicyCreateTopicMutationVariables>;
export const PolicySetBuiltInDocument = new TypedDocumentString(`
    mutation PolicySetBuiltIn($key: String!, $on: Boolean!) {
  r: setSensitiveTopic(key: $key, enabled: $on) {
    __typename
    ... on AssistantSettings {
      sensitiveTopics {
        key
        enabled
      }
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `, {"hash":"69fee9e77f5fc24311a0f24b6855c738e55df706a03ab2bd11e2585ff03d59a0"}) as unknown as TypedDocumentString<PolicySetBuiltInMutation, PolicySetBuiltInMutationVariables>;
export const PolicyGapsDocument = new TypedDocumentString(`
    query PolicyGaps {
  contentGaps {
    question
    count
    examples
    conversationIds
  }
}
    `, {"hash":"a23f2a3d3e4fd6ded01b89b069968e36453962ffdd663709fd50bc4a7073007b"}) as unknown as TypedDocumentString<PolicyGapsQuery, PolicyGapsQueryVariables>;
export const PolicyPacketDocument = new TypedDocumentString(`
    query PolicyPacket($id: ID!) {
  conversation(id: $id) {
    handoff {
      trigger
      topic
      topicName
      summary
    }
  }
}
    `, {"hash":"ef3272ac8c9aff61f9254960c9e725c1cf0178bc84d2b24560321ede99a0079a"}) as unknown as TypedDocumentString<PolicyPacketQuery, PolicyPacketQueryVariables>;
export const PolicyInstructionsDocument = new TypedDocumentString(`
    mutation PolicyInstructions($instructions: String!) {
  updateAssistantSettings(input: {instructions: $instructions}) {
    __typename
    ... on AssistantSettings {
      instructionTopics
    }
  }
}
    `, {"hash":"8d6e62e572dc6d2c090263a86add85ab529ebe07f4c4972983cafc55aef92d7a"}) as unknown as TypedDocumentString<PolicyInstructionsMutation, PolicyInstructionsMutationVariables>;
export const PolicyInstructionTopicsDocument = new TypedDocumentString(`
    query PolicyInstructionTopics {
  assistantSettings {
    instructionTopics
  }
}
    `, {"hash":"76938312becdaec4cb43999bed632f2a975da24f05d944884f715b44c9842d62"}) as unknown as TypedDocumentString<PolicyInstructionTopicsQuery, PolicyInstructionTopicsQueryVariables>;
export const PolicyCreateActionDocument = new TypedDocumentString(`
    mutation PolicyCreateAction($i: CustomActionInput!) {
  createCustomAction(input: $i) {
    __typename
    ... on CustomAction {
      id
    }
  }
}
    `, {"hash":"6e344c1fe7719c4324ac7bdda8a030242af07d237b93434933d0858050a9892b"}) as unknown as TypedDocumentString<PolicyCreateActionMutation, PolicyCreateActionMutationVariables>;
export const PolicyActionIdsDocument = new TypedDocumentString(`
    query PolicyActionIds {
  customActions {
    id
  }
}
    `, {"hash":"1ef7c5643ccfdec35579f632c0a94da5541d230dfd8932cc6741e4d766fb98cc"}) as unknown as TypedDocumentString<PolicyActionIdsQuery, PolicyActionIdsQueryVariables>;
export const PolicyFromReplyDocument = new TypedDocumentString(`
    mutation PolicyFromReply($m: ID!) {
  r: createKnowledgeFromReply(messageId: $m) {
    __typename
    ... on KnowledgeDocument {
      title
      content
    }
    ... on ValidationError {
      fieldErrors {
        path
      }
    }
  }
}
    `, {"hash":"05f66d0f5a0fea1caa0c9e60a08abd011145b1833a8bd7b9985ac986e23f436d"}) as unknown as TypedDocumentString<PolicyFromReplyMutation, PolicyFromReplyMutationVariables>;
export const PolicyFirstMessageDocument = new TypedDocumentString(`
    query PolicyFirstMessage($id: ID!) {
  conversation(id: $id) {
    messages(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
}
    `, {"hash":"d717036b8dd53c82cadb587bc3b9fae77b3a01fba9a40111ad4315c09d7900ae"}) as unknown as TypedDocumentString<PolicyFirstMessageQuery, PolicyFirstMessageQueryVariables>;
export const WhileQueuedSettingDocument = new TypedDocumentString(`
    query WhileQueuedSetting {
  assistantSettings {
    answerWhileQueued
  }
  customActions {
    id
  }
}
    `, {"hash":"160890a6dbba246df825eec0c978b800bbee103e080aa798232f1789faeb10ed"}) as unknown as TypedDocumentString<WhileQueuedSettingQuery, WhileQueuedSettingQueryVariables>;
export const WhileQueuedSetDocument = new TypedDocumentString(`
    mutation WhileQueuedSet($on: Boolean!) {
  updateAssistantSettings(input: {answerWhileQueued: $on}) {
    __typename
    ... on AssistantSettings {
      answerWhileQueued
    }
    ... on Error {
      message
    }
  }
}
    `, {"hash":"efb3d8d561ed17fa58ea498dcffce5b0dd823fb6a45920961f9012827d29253b"}) as unknown as TypedDocumentString<WhileQueuedSetMutation, WhileQueuedSetMutationVariables>;
export const WhileQueuedSetAsAgentDocument = new TypedDocumentString(`
    mutation WhileQueuedSetAsAgent {
  updateAssistantSettings(input: {answerWhileQueued: true}) {
    __typename
  }
}
    `, {"hash":"7dfe6332f2275f50b40605316637d4883539324529451fea87f0deb16726445d"}) as unknown as TypedDocumentString<WhileQueuedSetAsAgentMutation, WhileQueuedSetAsAgentMutationVariables>;
export const WhileQueuedTranscriptDocument = new TypedDocumentString(`
    query WhileQueuedTranscript($id: ID!) {
  conversation(id: $id) {
    status
    messages(first: 100) {
      edges {
        node {
          authorKind
          body
          suggestedActionIds
        }
      }
    }
  }
}
    `, {"hash":"ec05e8c4fca3ad059cbd7c1c975996d9de3caf511cfc7c443eb34eb3ad7f1c2a"}) as unknown as TypedDocumentString<WhileQueuedTranscriptQuery, WhileQueuedTranscriptQueryVariables>;
export const BadInputViewerDocument = new TypedDocumentString(`
    query BadInputViewer {
  viewer {
    id
  }
}
    `, {"hash":"f62b1db1ca7d3df63edd7a4f8687626e478e671b658a3ca07d383d83113796e7"}) as unknown as TypedDocumentString<BadInputViewerQuery, BadInputViewerQueryVariables>;
export const BadInputLogInDocument = new TypedDocumentString(`
    mutation BadInputLogIn($input: LogInInput!) {
  logIn(input: $input) {
    __typename
    ... on Error {
      message
      code
    }
    ... on AuthPayload {
      token
    }
  }
}
    `, {"hash":"3bc49d3d7e2d31a8d7bec5f3927fbb550be101f75c1eb2c20422ed6f65de36a5"}) as unknown as TypedDocumentString<BadInputLogInMutation, BadInputLogInMutationVariables>;
export const BadInputLogOutDocument = new TypedDocumentString(`
    mutation BadInputLogOut {
  logOut {
    __typename
  }
}
    `, {"hash":"249fe2474a64e14b7cb5d9e542d116734fac18dce686dba331c4962bd9a8cd8e"}) as unknown as TypedDocumentString<BadInputLogOutMutation, BadInputLogOutMutationVariables>;
export const BadInputRevokeDocument = new TypedDocumentString(`
    mutation BadInputRevoke($id: ID!) {
  revokeInvitation(invitationId: $id) {
    __typename
    ... on Invitation {
      revokedAt
    }
  }
}
    `, {"hash":"51198a4c32a6cd31c23d9f941152a53491538d4db9d6466445c480dd953ffeae"}) as unknown as TypedDocumentString<BadInputRevokeMutation, BadInputRevokeMutationVariables>;
export const BadInputInviteDocument = new TypedDocumentString(`
    mutation BadInputInvite($input: InviteAgentInput!) {
  r: inviteAgent(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"a0fcc7e58d1167283fd835c39542542108c56acf2315ff8467273191b890ca62"}) as unknown as TypedDocumentString<BadInputInviteMutation, BadInputInviteMutationVariables>;
export const BadInputPromoteDocument = new TypedDocumentString(`
    mutation BadInputPromote($id: ID!) {
  r: changeAgentRole(agentId: $id, role: ADMIN) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"d559cb826e1a728b8636ef5037b4c1653f60116baacd4f6a7c0cb7f09816cf19"}) as unknown as TypedDocumentString<BadInputPromoteMutation, BadInputPromoteMutationVariables>;
export const BadInputDeactivateDocument = new TypedDocumentString(`
    mutation BadInputDeactivate($id: ID!) {
  r: deactivateAgent(agentId: $id) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"4ac508e203746f064d523cf0c63df9763cb0e2cfc608239ed5662d5edc861a02"}) as unknown as TypedDocumentString<BadInputDeactivateMutation, BadInputDeactivateMutationVariables>;
export const BadInputUpdateWorkspaceDocument = new TypedDocumentString(`
    mutation BadInputUpdateWorkspace($input: UpdateWorkspaceInput!) {
  r: updateWorkspace(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"59529c1b23c4aadbbf30d3bb27b2459cef78b43c802113cc2d194fe25ee8b4e1"}) as unknown as TypedDocumentString<BadInputUpdateWorkspaceMutation, BadInputUpdateWorkspaceMutationVariables>;
export const BadInputPendingDocument = new TypedDocumentString(`
    query BadInputPending {
  workspace {
    name
    pendingInvitations {
      totalCount
    }
  }
}
    `, {"hash":"e6dc08d8bf6299d08e283e70f75c3caf7a9cd144d6d65a2832e4e0e413ad131b"}) as unknown as TypedDocumentString<BadInputPendingQuery, BadInputPendingQueryVariables>;
export const BadInputMakeOwnerDocument = new TypedDocumentString(`
    mutation BadInputMakeOwner($id: ID!) {
  r: changeAgentRole(agentId: $id, role: OWNER) {
    __typename
    ... on Error {
      code
    }
  }
}
    `, {"hash":"460801c479cd4ed861bcd443d45ccdc3fd61640dcfd80dfbd7ca7cb3368c58ef"}) as unknown as TypedDocumentString<BadInputMakeOwnerMutation, BadInputMakeOwnerMutationVariables>;
export const BadInputDemoteDocument = new TypedDocumentString(`
    mutation BadInputDemote($id: ID!) {
  r: changeAgentRole(agentId: $id, role: AGENT) {
    __typename
    ... on NotFoundError {
      entity
    }
  }
}
    `, {"hash":"be4e1f618d45d793e6356f72d063be08b8a9c14c23e7347cf66ba8e3f17730b8"}) as unknown as TypedDocumentString<BadInputDemoteMutation, BadInputDemoteMutationVariables>;
export const BadInputNodeDocument = new TypedDocumentString(`
    query BadInputNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Agent {
      email
    }
    ... on Workspace {
      name
    }
  }
}
    `, {"hash":"2a993462af516f27b1d8f46b0352a3726e3d9024c10de52fa224eadd77e3306b"}) as unknown as TypedDocumentString<BadInputNodeQuery, BadInputNodeQueryVariables>;
export const BadInputRevokeForeignDocument = new TypedDocumentString(`
    mutation BadInputRevokeForeign($id: ID!) {
  r: revokeInvitation(invitationId: $id) {
    __typename
    ... on NotFoundError {
      entity
    }
  }
}
    `, {"hash":"f52d28b19ebf71e1c7f0b517dd21c9f9bef4698812cf9f1addc0841eafe02551"}) as unknown as TypedDocumentString<BadInputRevokeForeignMutation, BadInputRevokeForeignMutationVariables>;
export const BadInputDeactivateForeignDocument = new TypedDocumentString(`
    mutation BadInputDeactivateForeign($id: ID!) {
  r: deactivateAgent(agentId: $id) {
    __typename
    ... on NotFoundError {
      entity
    }
    ... on Error {
      message
    }
  }
}
    `, {"hash":"67a187b4806bdcebb02b7731eba2609ce2391e43ccf50679557354e66ae96462"}) as unknown as TypedDocumentString<BadInputDeactivateForeignMutation, BadInputDeactivateForeignMutationVariables>;
export const ViewerCanDocument = new TypedDocumentString(`
    query ViewerCan($id: ID!) {
  conversation(id: $id) {
    status
    viewerCan {
      takeOver
      release
      reassign
      handBack
      resolve
      reply
    }
  }
}
    `, {"hash":"28414c6baf4335015d20aeca2d2007c58129582482a82899bf6190aca865ca27"}) as unknown as TypedDocumentString<ViewerCanQuery, ViewerCanQueryVariables>;
export const ReleaseForPermissionsDocument = new TypedDocumentString(`
    mutation ReleaseForPermissions($id: ID!) {
  releaseConversation(conversationId: $id) {
    __typename
    ... on Error {
      code
    }
  }
}
    `, {"hash":"7a8e158a43572a15f53ff48748c9bd4744d64904e1fea52a72556d580ea05db7"}) as unknown as TypedDocumentString<ReleaseForPermissionsMutation, ReleaseForPermissionsMutationVariables>;
export const PermissionActionsDocument = new TypedDocumentString(`
    query PermissionActions {
  customActions {
    id
  }
}
    `, {"hash":"bbd898997317559b3845b733c3bfaf77210f64fe559ee30c9480f6ac337d3f80"}) as unknown as TypedDocumentString<PermissionActionsQuery, PermissionActionsQueryVariables>;
export const MeIsAdminDocument = new TypedDocumentString(`
    query MeIsAdmin {
  viewer {
    role
    isAdmin
  }
}
    `, {"hash":"9dd41c9a1b6c23324932e5e7d4fcd3ee0fe82c67a4b6418cab55fd92986908be"}) as unknown as TypedDocumentString<MeIsAdminQuery, MeIsAdminQueryVariables>;
export const OutageViewerDocument = new TypedDocumentString(`
    query OutageViewer {
  viewer {
    id
    name
  }
}
    `, {"hash":"32c6ce9c49593a660bc2960d948d2190ca939b0c49151fa6ad44f3b313e51111"}) as unknown as TypedDocumentString<OutageViewerQuery, OutageViewerQueryVariables>;
export const OutageLogInDocument = new TypedDocumentString(`
    mutation OutageLogIn($input: LogInInput!) {
  logIn(input: $input) {
    __typename
    ... on ServiceUnavailableError {
      retryAfterSeconds
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"26d9084269ab7585c18c060c28f48ff637457a160557c7f20c76cd46f6d30266"}) as unknown as TypedDocumentString<OutageLogInMutation, OutageLogInMutationVariables>;
export const OutageStartSessionDocument = new TypedDocumentString(`
    mutation OutageStartSession($input: StartWidgetSessionInput!) {
  startWidgetSession(input: $input) {
    __typename
    ... on ServiceUnavailableError {
      retryAfterSeconds
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"70de95737ac2df54c083a06afb53a2420a75020bc92c02278ba42f4d2ebe3e7a"}) as unknown as TypedDocumentString<OutageStartSessionMutation, OutageStartSessionMutationVariables>;
export const MaskingDocumentsDocument = new TypedDocumentString(`
    query MaskingDocuments {
  knowledgeDocuments(first: 5) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `, {"hash":"865ff7b7d7a3916ab902c818161e681babd87151e5415cc45a0329bb4f57daee"}) as unknown as TypedDocumentString<MaskingDocumentsQuery, MaskingDocumentsQueryVariables>;
export const MaskingViewerDocument = new TypedDocumentString(`
    query MaskingViewer {
  viewer {
    id
  }
}
    `, {"hash":"0d27e22c3cfb2f2fc0dc51d7665b525709a6c7bc171fbbc2d08251b798995812"}) as unknown as TypedDocumentString<MaskingViewerQuery, MaskingViewerQueryVariables>;
export const HandoffBadInputReadDocument = new TypedDocumentString(`
    query HandoffBadInputRead($id: ID!) {
  conversation(id: $id) {
    id
  }
  node(id: $id) {
    id
  }
}
    `, {"hash":"7a02d1401c50bd906b0c8ad1e9dd2dddc0c42274d2894322db55647d2081691e"}) as unknown as TypedDocumentString<HandoffBadInputReadQuery, HandoffBadInputReadQueryVariables>;
export const HandoffBadInputAllowOriginDocument = new TypedDocumentString(`
    mutation HandoffBadInputAllowOrigin {
  updateWorkspace(input: {allowedOrigins: ["https://shop.example.com"]}) {
    __typename
  }
}
    `, {"hash":"129275cd8bd79124478df828497d3f8dd9d3de87c7b6e14ec0ece41dd8f2270e"}) as unknown as TypedDocumentString<HandoffBadInputAllowOriginMutation, HandoffBadInputAllowOriginMutationVariables>;
export const HandoffBadInputHistoryDocument = new TypedDocumentString(`
    query HandoffBadInputHistory($id: ID!) {
  conversation(id: $id) {
    messages {
      edges {
        node {
          authorKind
          body
        }
      }
    }
  }
}
    `, {"hash":"73a12692cb5f92f6d037b340b1b2fe1ba2b7f7b1fb4ac33a719a8dbecacf7f1a"}) as unknown as TypedDocumentString<HandoffBadInputHistoryQuery, HandoffBadInputHistoryQueryVariables>;
export const HandoffBadInputIdentifyDocument = new TypedDocumentString(`
    mutation HandoffBadInputIdentify($input: IdentifyVisitorInput!) {
  identifyVisitor(input: $input) {
    __typename
    ... on IdentifyVisitorPayload {
      name
      email
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `, {"hash":"070aff3b89ebdee5f39bfbe053e1973ad2102ee51c0661ff99f0dfb370c32ce4"}) as unknown as TypedDocumentString<HandoffBadInputIdentifyMutation, HandoffBadInputIdentifyMutationVariables>;
export const HandoffBadInputVisitorDocument = new TypedDocumentString(`
    query HandoffBadInputVisitor($id: ID!) {
  conversation(id: $id) {
    visitor {
      name
      email
      externalId
      attributes {
        key
        value
      }
    }
  }
}
    `, {"hash":"b63d16e14f188dfd2cccfc1829a039f3117a3f0ab2b17d09fde69e3ab0550b71"}) as unknown as TypedDocumentString<HandoffBadInputVisitorQuery, HandoffBadInputVisitorQueryVariables>;
export const HandoffActionsDocument = new TypedDocumentString(`
    query HandoffActions {
  customActions {
    id
    label
    enabled
    fields {
      key
    }
  }
}
    `, {"hash":"1f7d897a2d5bd941c0a8a4005a5d4d7943c1cff4a225d9a3bb7797297a3a71cd"}) as unknown as TypedDocumentString<HandoffActionsQuery, HandoffActionsQueryVariables>;
export const HandoffVisitorActionsDocument = new TypedDocumentString(`
    query HandoffVisitorActions {
  customActions {
    id
    label
    fields {
      key
      label
      type
      required
      options
    }
  }
}
    `, {"hash":"aa65582e247b11bd4dee756dde2ace63407cfab700b68733a4a43af79e4ccc55"}) as unknown as TypedDocumentString<HandoffVisitorActionsQuery, HandoffVisitorActionsQueryVariables>;
export const HandoffCreateDocumentDocument = new TypedDocumentString(`
    mutation HandoffCreateDocument($input: KnowledgeDocumentInput!) {
  createKnowledgeDocument(input: $input) {
    __typename
    ... on KnowledgeDocument {
      id
    }
  }
}
    `, {"hash":"651d9e6470b92bf87b01102d46e8e797e6900621f41605023f6d029f5f500374"}) as unknown as TypedDocumentString<HandoffCreateDocumentMutation, HandoffCreateDocumentMutationVariables>;
export const HandoffQueueDocument = new TypedDocumentString(`
    query HandoffQueue {
  conversations(status: [QUEUED]) {
    edges {
      node {
        id
        messages {
          edges {
            node {
              authorKind
              body
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"9ecca2df528fd7a8cdb8824fb97b368b963d6a428e078b6777b5de5390374a6d"}) as unknown as TypedDocumentString<HandoffQueueQuery, HandoffQueueQueryVariables>;
export const HandoffTimedDocument = new TypedDocumentString(`
    query HandoffTimed($id: ID!) {
  conversation(id: $id) {
    firstHumanReplyAt
    waitingSeconds
  }
}
    `, {"hash":"a97cbbb8e2b0760eec84caddbd5eed9bf9621d1d785cf513aa7b5a35fbd1dea0"}) as unknown as TypedDocumentString<HandoffTimedQuery, HandoffTimedQueryVariables>;
export const HandoffResolveDocument = new TypedDocumentString(`
    mutation HandoffResolve($id: ID!) {
  resolveConversation(conversationId: $id) {
    __typename
    ... on Conversation {
      status
      resolvedAt
    }
  }
}
    `, {"hash":"b22e0a20e1cee1ec83e4869e85fd5db13493f9d0b09fdcfe20d03b84271a0073"}) as unknown as TypedDocumentString<HandoffResolveMutation, HandoffResolveMutationVariables>;
export const InboxEdgesActionsDocument = new TypedDocumentString(`
    query InboxEdgesActions {
  customActions {
    id
  }
}
    `, {"hash":"b8433540f9aa5e485b266b1c8a2687be579fe2db35bc4acf1e39643cfece56da"}) as unknown as TypedDocumentString<InboxEdgesActionsQuery, InboxEdgesActionsQueryVariables>;
export const InboxEdgesResolveDocument = new TypedDocumentString(`
    mutation InboxEdgesResolve($id: ID!) {
  r: resolveConversation(conversationId: $id) {
    __typename
    ... on Conversation {
      status
    }
  }
}
    `, {"hash":"51b5bcfd2b9c3230a654919f5ce6e0eddcdaf9ac5e7cfaae55348e27925d53a2"}) as unknown as TypedDocumentString<InboxEdgesResolveMutation, InboxEdgesResolveMutationVariables>;
export const InboxEdgesReopenDocument = new TypedDocumentString(`
    mutation InboxEdgesReopen($id: ID!) {
  r: reopenConversation(conversationId: $id) {
    __typename
    ... on Conversation {
      status
      assigneeName
      resolvedAt
      viewerCan {
        reply
        reopen
        takeOver
      }
    }
    ... on ConversationTakenError {
      agentName
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"acfead03c7dd1c570be6403b908318b94aa6f2cb7a2d2a0ca60f1b9029c4204a"}) as unknown as TypedDocumentString<InboxEdgesReopenMutation, InboxEdgesReopenMutationVariables>;
export const InboxEdgesCardDocument = new TypedDocumentString(`
    query InboxEdgesCard($id: ID!) {
  conversation(id: $id) {
    status
    viewerCan {
      reopen
      takeOver
    }
    lastMessage {
      body
      authorKind
    }
    lastVisitorMessage {
      body
      authorKind
    }
  }
}
    `, {"hash":"5e084c8f04b24826323ad1c20a280d22fca777aa6fdd1dada141cd664b14802a"}) as unknown as TypedDocumentString<InboxEdgesCardQuery, InboxEdgesCardQueryVariables>;
export const InboxEdgesCardsDocument = new TypedDocumentString(`
    query InboxEdgesCards {
  conversations(first: 20) {
    edges {
      node {
        id
        lastVisitorMessage {
          body
        }
      }
    }
  }
}
    `, {"hash":"a5021d6998fe4e10cec0be1dbe88139edbbaabaf03431e71c9330de7073191ec"}) as unknown as TypedDocumentString<InboxEdgesCardsQuery, InboxEdgesCardsQueryVariables>;
export const InboxEdgesVisitorCardDocument = new TypedDocumentString(`
    query InboxEdgesVisitorCard($id: ID!) {
  conversation(id: $id) {
    lastVisitorMessage {
      body
    }
  }
}
    `, {"hash":"7f541a2618dbb7eca6685f5c351f17525a0f787454a702f571f73af160d356b8"}) as unknown as TypedDocumentString<InboxEdgesVisitorCardQuery, InboxEdgesVisitorCardQueryVariables>;
export const InboxActionIdsDocument = new TypedDocumentString(`
    query InboxActionIds {
  customActions {
    id
  }
}
    `, {"hash":"7709510f93ea1d1d4e4bf1b704e4d57729ca766a3d4cb5e48a5596fcc9c4db0e"}) as unknown as TypedDocumentString<InboxActionIdsQuery, InboxActionIdsQueryVariables>;
export const InboxNextPageDocument = new TypedDocumentString(`
    query InboxNextPage($after: String) {
  conversations(first: 1, after: $after, status: [QUEUED]) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `, {"hash":"1511628619296d94b98f5c8938cab6824b23047f144ec7bcbc4640dd19470617"}) as unknown as TypedDocumentString<InboxNextPageQuery, InboxNextPageQueryVariables>;
export const InboxAsVisitorDocument = new TypedDocumentString(`
    query InboxAsVisitor {
  conversations(first: 5) {
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"de7af471596f056d368256228891e123c0510eebc34f16a4fef07191f348e8d0"}) as unknown as TypedDocumentString<InboxAsVisitorQuery, InboxAsVisitorQueryVariables>;
export const InboxUpdateActionDocument = new TypedDocumentString(`
    mutation InboxUpdateAction($id: ID!, $input: CustomActionInput!) {
  updateCustomAction(actionId: $id, input: $input) {
    __typename
    ... on CustomAction {
      label
      fields {
        key
        type
        required
        options
      }
    }
  }
}
    `, {"hash":"4d66328446a1dc9116d0af9b379ca52b66b109e9528bde064d842c6dee27fb97"}) as unknown as TypedDocumentString<InboxUpdateActionMutation, InboxUpdateActionMutationVariables>;
export const InboxReorderDocument = new TypedDocumentString(`
    mutation InboxReorder($ids: [ID!]!) {
  reorderCustomActions(actionIds: $ids) {
    __typename
    ... on ValidationError {
      fieldErrors {
        path
      }
    }
  }
}
    `, {"hash":"662a6af57ce61b915a0d0b9afe8915cd9593952412a8d8b3c7c92199e5dd025b"}) as unknown as TypedDocumentString<InboxReorderMutation, InboxReorderMutationVariables>;
export const InboxDisableActionDocument = new TypedDocumentString(`
    mutation InboxDisableAction($id: ID!) {
  setCustomActionEnabled(actionId: $id, enabled: false) {
    __typename
  }
}
    `, {"hash":"d8e8f33d73023c4ddeeaf37b31bd9f59ae1245058a8b6fb92efbd84331040dfb"}) as unknown as TypedDocumentString<InboxDisableActionMutation, InboxDisableActionMutationVariables>;
export const InboxActionLabelsDocument = new TypedDocumentString(`
    query InboxActionLabels {
  customActions {
    label
  }
}
    `, {"hash":"8d96aa272b1b6771b34bde5c9f336ed56374deadf93f4e2d66db6556e86ea0e3"}) as unknown as TypedDocumentString<InboxActionLabelsQuery, InboxActionLabelsQueryVariables>;
export const InboxAllActionsDocument = new TypedDocumentString(`
    query InboxAllActions {
  customActions {
    label
    enabled
    position
  }
}
    `, {"hash":"c63c6ca6692d1a0e79fb2f7c074ff297440623f1378382fbb163068d3bbdb326"}) as unknown as TypedDocumentString<InboxAllActionsQuery, InboxAllActionsQueryVariables>;
export const InboxDeleteActionDocument = new TypedDocumentString(`
    mutation InboxDeleteAction($id: ID!) {
  deleteCustomAction(actionId: $id) {
    __typename
    ... on CustomAction {
      label
    }
  }
}
    `, {"hash":"4c0931c0dec4f67cdc26ed6cc9ea8832b0510690a8c1ab129dee713f67a63961"}) as unknown as TypedDocumentString<InboxDeleteActionMutation, InboxDeleteActionMutationVariables>;
export const InboxReplyOnItDocument = new TypedDocumentString(`
    mutation InboxReplyOnIt($id: ID!) {
  replyToConversation(input: {conversationId: $id, body: "On it!"}) {
    __typename
  }
}
    `, {"hash":"eaa55ccfeed9a928dfa8ad30e54e9df88f8506401bdd3b4962c10ac483997fa2"}) as unknown as TypedDocumentString<InboxReplyOnItMutation, InboxReplyOnItMutationVariables>;
export const InboxBreachViewDocument = new TypedDocumentString(`
    query InboxBreachView($a: ID!, $b: ID!) {
  a: conversation(id: $a) {
    responseTargetBreachedAt
    waitingSeconds
  }
  b: conversation(id: $b) {
    responseTargetBreachedAt
    firstHumanReplyAt
  }
}
    `, {"hash":"8d076710506d1289bcb1a9316c9c506f0f47e9483170f7b6dde5799efee060da"}) as unknown as TypedDocumentString<InboxBreachViewQuery, InboxBreachViewQueryVariables>;
export const InboxPageDocument = new TypedDocumentString(`
    query InboxPage($first: Int!, $status: [ConversationStatus!], $assignee: AssigneeFilter) {
  conversations(first: $first, status: $status, assignee: $assignee) {
    totalCount: edges {
      cursor
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        assigneeName
        waitingSeconds
        responseDueAt
        assignee {
          name
        }
        visitor {
          id
        }
        lastMessage {
          body
          authorKind
        }
        lastVisitorMessage {
          body
        }
        sessionMetadata {
          pageUrl
        }
        handoff {
          trigger
          summary
          actionLabel
          capturedValues {
            key
            value
          }
          citedDocuments {
            title
          }
        }
      }
    }
  }
}
    `, {"hash":"3da77a265525aa394bc25b4a7530421d375ef6ad26811f2a519d0282cac312d0"}) as unknown as TypedDocumentString<InboxPageQuery, InboxPageQueryVariables>;
export const InviteMailDocument = new TypedDocumentString(`
    mutation InviteMail($input: InviteAgentInput!) {
  inviteAgent(input: $input) {
    __typename
    ... on InvitationPayload {
      token
      url
      invitation {
        id
        email
        url
        emailStatus
        emailError
        emailedAt
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"6e8726ffbbe8378af6263d8fe6d9a989cbfe72dd5270fdd4dbed78c1c698837c"}) as unknown as TypedDocumentString<InviteMailMutation, InviteMailMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(invitationId: $id) {
    __typename
    ... on Invitation {
      id
      emailStatus
      emailError
      emailedAt
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"7d46271f771abaca6a11b19b45718dcffa77fae70ec518a818fc671c0a730283"}) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const PendingInvitationLinksDocument = new TypedDocumentString(`
    query PendingInvitationLinks {
  workspace {
    pendingInvitations(first: 50) {
      edges {
        node {
          id
          email
          url
          emailStatus
          emailError
        }
      }
    }
  }
}
    `, {"hash":"4a310410d4a624deadea6e3453aa3605b4473f6152a0e62e76a6ee3cb8f2eb66"}) as unknown as TypedDocumentString<PendingInvitationLinksQuery, PendingInvitationLinksQueryVariables>;
export const KnowledgeCreateDocument = new TypedDocumentString(`
    mutation KnowledgeCreate($input: KnowledgeDocumentInput!) {
  r: createKnowledgeDocument(input: $input) {
    __typename
    ... on KnowledgeDocument {
      id
      title
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `, {"hash":"81baeebb1bb41b4f5a0a0dfc4e8d825f12067b9d16109760b34b49a03fa3fc34"}) as unknown as TypedDocumentString<KnowledgeCreateMutation, KnowledgeCreateMutationVariables>;
export const KnowledgeUpdateDocument = new TypedDocumentString(`
    mutation KnowledgeUpdate($id: ID!, $input: KnowledgeDocumentInput!) {
  r: updateKnowledgeDocument(documentId: $id, input: $input) {
    __typename
  }
}
    `, {"hash":"3be17273145ccc664d7cfc4ab18db6806089efa41dc448e1c9be13de8f6d791c"}) as unknown as TypedDocumentString<KnowledgeUpdateMutation, KnowledgeUpdateMutationVariables>;
export const KnowledgeDeleteDocument = new TypedDocumentString(`
    mutation KnowledgeDelete($id: ID!) {
  r: deleteKnowledgeDocument(documentId: $id) {
    __typename
  }
}
    `, {"hash":"704f426c969cc8a219e7c9f6f36f855c08e9ea3537473e286d4eab06fdce0bb3"}) as unknown as TypedDocumentString<KnowledgeDeleteMutation, KnowledgeDeleteMutationVariables>;
export const KnowledgeListDocument = new TypedDocumentString(`
    query KnowledgeList {
  knowledgeDocuments {
    edges {
      node {
        title
      }
    }
  }
}
    `, {"hash":"d64a2994b1c26216f2118be0964909c1803a6e1042600d3b141f16062cf0f61e"}) as unknown as TypedDocumentString<KnowledgeListQuery, KnowledgeListQueryVariables>;
export const KnowledgeNodeDocument = new TypedDocumentString(`
    query KnowledgeNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `, {"hash":"9e761cd65cc19ddd6c3e1365d57692c350bd761aa9cebb83297774db529da412"}) as unknown as TypedDocumentString<KnowledgeNodeQuery, KnowledgeNodeQueryVariables>;
export const KnowledgeSettingsDocument = new TypedDocumentString(`
    mutation KnowledgeSettings($input: AssistantSettingsInput!) {
  r: updateAssistantSettings(input: $input) {
    __typename
    ... on AssistantSettings {
      greeting
      confidenceThreshold
      frustrationDetection
      provider
    }
    ... on ValidationError {
      fieldErrors {
        path
      }
    }
  }
}
    `, {"hash":"3023d4fdfe9fc9ae1b4de56463c6d81e572c09696e6a02d02c192e3a7289af71"}) as unknown as TypedDocumentString<KnowledgeSettingsMutation, KnowledgeSettingsMutationVariables>;
export const KnowledgeGreetingDocument = new TypedDocumentString(`
    query KnowledgeGreeting {
  assistantSettings {
    greeting
  }
}
    `, {"hash":"e0ce9b66cb37a1cbb1a10d3c2ecd8f48fd6b2b46c35a2800d84aa546b5feca79"}) as unknown as TypedDocumentString<KnowledgeGreetingQuery, KnowledgeGreetingQueryVariables>;
export const KnowledgeWidgetGreetingDocument = new TypedDocumentString(`
    mutation KnowledgeWidgetGreeting($k: String!) {
  startWidgetSession(input: {publicKey: $k}) {
    __typename
    ... on WidgetSession {
      greeting
    }
  }
}
    `, {"hash":"d24f4f4b9062165c2ec6b8c5fbbe65d2377fadf8ac6324b3ce7a6ce5e32335ac"}) as unknown as TypedDocumentString<KnowledgeWidgetGreetingMutation, KnowledgeWidgetGreetingMutationVariables>;
export const MetricsActionsDocument = new TypedDocumentString(`
    query MetricsActions {
  customActions {
    id
  }
}
    `, {"hash":"1a00928a26bca83bb7ae20bbee8531b9ade93c9ead02f6f6c4c622ca49ad36cb"}) as unknown as TypedDocumentString<MetricsActionsQuery, MetricsActionsQueryVariables>;
export const MetricsTypingOffDocument = new TypedDocumentString(`
    mutation MetricsTypingOff($id: ID!) {
  setTyping(conversationId: $id, isTyping: false) {
    __typename
  }
}
    `, {"hash":"1e374cf301342a178a8ee115007a307adc07444390fc412a81b709d3a7ef7856"}) as unknown as TypedDocumentString<MetricsTypingOffMutation, MetricsTypingOffMutationVariables>;
export const MultiInstanceViewerDocument = new TypedDocumentString(`
    query MultiInstanceViewer {
  viewer {
    name
  }
}
    `, {"hash":"c323a74bc0339fd00e08ec47d595de0b09cb027e031a230d0a10facd6f7ffc7b"}) as unknown as TypedDocumentString<MultiInstanceViewerQuery, MultiInstanceViewerQueryVariables>;
export const MultiInstanceActionsDocument = new TypedDocumentString(`
    query MultiInstanceActions {
  customActions {
    id
  }
}
    `, {"hash":"a2513a03ccf7033b36de4af719f9d884d84354497e98756f4aee04a8436f102b"}) as unknown as TypedDocumentString<MultiInstanceActionsQuery, MultiInstanceActionsQueryVariables>;
export const OnboardingStepsDocument = new TypedDocumentString(`
    query OnboardingSteps {
  workspace {
    onboarding {
      doneCount
      complete
      steps {
        id
        done
      }
    }
  }
}
    `, {"hash":"3c48bfc245c1dbe790f7014b7de399875d2b99c447c25b3cbdba6ed0292a514f"}) as unknown as TypedDocumentString<OnboardingStepsQuery, OnboardingStepsQueryVariables>;
export const TestPresenceResolveDocument = new TypedDocumentString(`
    mutation TestPresenceResolve($id: ID!) {
  resolveConversation(conversationId: $id) {
    __typename
  }
}
    `, {"hash":"7e0582c7b605904f363e20e733bda0d3f8c909a97bfd0c8af2da1ac5ea65ba1f"}) as unknown as TypedDocumentString<TestPresenceResolveMutation, TestPresenceResolveMutationVariables>;
export const SdkExampleActionsDocument = new TypedDocumentString(`
    query SdkExampleActions {
  customActions {
    id
  }
}
    `, {"hash":"442f9462235a6c2a3f79c24a015c5bafa9c9495ca548354d1c97456f545cedaa"}) as unknown as TypedDocumentString<SdkExampleActionsQuery, SdkExampleActionsQueryVariables>;
export const SdkTestActionsDocument = new TypedDocumentString(`
    query SdkTestActions {
  customActions {
    id
  }
}
    `, {"hash":"fd206bc2433444a2b3bf2b88c37afecb157ea97ce933005918ca4c8176ba22c9"}) as unknown as TypedDocumentString<SdkTestActionsQuery, SdkTestActionsQueryVariables>;
export const SpendCapSetDocument = new TypedDocumentString(`
    mutation SpendCapSet($daily: Int, $monthly: Int) {
  updateAssistantSettings(input: {aiDailyLimit: $daily, aiMonthlyLimit: $monthly}) {
    __typename
    ... on AssistantSettings {
      aiDailyLimit
      aiMonthlyLimit
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `, {"hash":"5931bfa3fbd9798069f4b4db8ce0d0e9d2e16c7013c03371b30949fb3275411d"}) as unknown as TypedDocumentString<SpendCapSetMutation, SpendCapSetMutationVariables>;
export const SpendCapKeepDocument = new TypedDocumentString(`
    mutation SpendCapKeep {
  updateAssistantSettings(input: {greeting: "Hello again!"}) {
    __typename
    ... on AssistantSettings {
      aiDailyLimit
      aiMonthlyLimit
    }
  }
}
    `, {"hash":"b3ef78b6e45ac1ad27f3f11518f8097df3fffded305f681cff13460df5c97749"}) as unknown as TypedDocumentString<SpendCapKeepMutation, SpendCapKeepMutationVariables>;
export const SpendCapDocument = new TypedDocumentString(`
    query SpendCap {
  aiSpendCap {
    dailyLimit
    dailyUsed
    monthlyLimit
    monthlyUsed
    dailyReached
    monthlyReached
    reached
  }
}
    `, {"hash":"cf28e18dbf50aed756ecc32ced9ff2c4bbd475d629f5013b9133ba1edc6f70bb"}) as unknown as TypedDocumentString<SpendCapQuery, SpendCapQueryVariables>;
export const ApiKeyTenancyLookDocument = new TypedDocumentString(`
    query ApiKeyTenancyLook($conversation: ID!, $visitor: ID!) {
  conversation(id: $conversation) {
    id
  }
  byNode: node(id: $conversation) {
    id
  }
  visitorNode: node(id: $visitor) {
    id
  }
}
    `, {"hash":"dc385cc31f886db2f4c7d738ff71fc59aa2dda749e96af1b7a839e2dbe7a7abc"}) as unknown as TypedDocumentString<ApiKeyTenancyLookQuery, ApiKeyTenancyLookQueryVariables>;
export const ApiKeyTenancyTouchDocument = new TypedDocumentString(`
    mutation ApiKeyTenancyTouch($conversation: ID!, $visitor: ID!) {
  takeOver(conversationId: $conversation) {
    __typename
    ... on Error {
      code
    }
  }
  replyToConversation(
    input: {conversationId: $conversation, body: "from another workspace"}
  ) {
    __typename
    ... on Error {
      code
    }
  }
  endVisitorSessions(visitorId: $visitor) {
    __typename
    ... on Error {
      code
    }
  }
}
    `, {"hash":"1ae45adff5392ddef1e4a76e2f6e56a2c3c9c67cbda44cc1d6c077e36322abe5"}) as unknown as TypedDocumentString<ApiKeyTenancyTouchMutation, ApiKeyTenancyTouchMutationVariables>;
export const ApiKeyTenancyStatusDocument = new TypedDocumentString(`
    query ApiKeyTenancyStatus($id: ID!) {
  conversation(id: $id) {
    status
    messages(first: 50) {
      edges {
        node {
          body
        }
      }
    }
  }
}
    `, {"hash":"65c92e70bb18eea46f480f022609625767865939b33de9b7095f4b9622e00948"}) as unknown as TypedDocumentString<ApiKeyTenancyStatusQuery, ApiKeyTenancyStatusQueryVariables>;
export const ApiKeyTenancyVisitorOfDocument = new TypedDocumentString(`
    query ApiKeyTenancyVisitorOf($id: ID!) {
  conversation(id: $id) {
    visitor {
      id
    }
  }
}
    `, {"hash":"bf3b58ebc89a6914cb43c8665bb18254bc23aa3200ed309647623a93bf3b042c"}) as unknown as TypedDocumentString<ApiKeyTenancyVisitorOfQuery, ApiKeyTenancyVisitorOfQueryVariables>;
export const BruteLogInDocument = new TypedDocumentString(`
    mutation BruteLogIn($input: LogInInput!) {
  logIn(input: $input) {
    __typename
    ... on AuthPayload {
      token
    }
    ... on RateLimitedError {
      code
      message
      retryAfterSeconds
    }
    ... on Error {
      code
    }
  }
}
    `, {"hash":"629a33ebcb3aad4463bc413f4ae399632769561785b2b6bf1e5897ac2850257d"}) as unknown as TypedDocumentString<BruteLogInMutation, BruteLogInMutationVariables>;
export const BruteTwentyLogInsDocument = new TypedDocumentString(`
    mutation BruteTwentyLogIns($email: String!) {
  a1: logIn(input: {email: $email, password: "guess-0001"}) {
    __typename
  }
  a2: logIn(input: {email: $email, password: "guess-0002"}) {
    __typename
  }
  a3: logIn(input: {email: $email, password: "guess-0003"}) {
    __typename
  }
  a4: logIn(input: {email: $email, password: "guess-0004"}) {
    __typename
  }
  a5: logIn(input: {email: $email, password: "guess-0005"}) {
    __typename
  }
  a6: logIn(input: {email: $email, password: "guess-0006"}) {
    __typename
  }
  a7: logIn(input: {email: $email, password: "guess-0007"}) {
    __typename
  }
  a8: logIn(input: {email: $email, password: "guess-0008"}) {
    __typename
  }
  a9: logIn(input: {email: $email, password: "guess-0009"}) {
    __typename
  }
  a10: logIn(input: {email: $email, password: "guess-0010"}) {
    __typename
  }
  a11: logIn(input: {email: $email, password: "guess-0011"}) {
    __typename
  }
  a12: logIn(input: {email: $email, password: "guess-0012"}) {
    __typename
  }
  a13: logIn(input: {email: $email, password: "guess-0013"}) {
    __typename
  }
  a14: logIn(input: {email: $email, password: "guess-0014"}) {
    __typename
  }
  a15: logIn(input: {email: $email, password: "guess-0015"}) {
    __typename
  }
  a16: logIn(input: {email: $email, password: "guess-0016"}) {
    __typename
  }
  a17: logIn(input: {email: $email, password: "guess-0017"}) {
    __typename
  }
  a18: logIn(input: {email: $email, password: "guess-0018"}) {
    __typename
  }
  a19: logIn(input: {email: $email, password: "guess-0019"}) {
    __typename
  }
  a20: logIn(input: {email: $email, password: "correct horse battery staple"}) {
    __typename
  }
}
    `, {"hash":"773d8314dc3641c18491b0d6c1550a4bc45519fd70b5d3f914c31387401978cc"}) as unknown as TypedDocumentString<BruteTwentyLogInsMutation, BruteTwentyLogInsMutationVariables>;
export const ChunkedTypenameDocument = new TypedDocumentString(`
    query ChunkedTypename {
  __typename
}
    `, {"hash":"edb5d852b647972398dd757982a64c422e85081ba2607eb430829350f5c3b0e3"}) as unknown as TypedDocumentString<ChunkedTypenameQuery, ChunkedTypenameQueryVariables>;
export const QueueFloodStartDocument = new TypedDocumentString(`
    mutation QueueFloodStart($input: StartWidgetSessionInput!) {
  startWidgetSession(input: $input) {
    __typename
    ... on WidgetSession {
      token
      conversation {
        id
      }
    }
  }
}
    `, {"hash":"6314cbd47277ddc81ef942a55fa79f13b54620577b435fcc1a740394f3b92161"}) as unknown as TypedDocumentString<QueueFloodStartMutation, QueueFloodStartMutationVariables>;
export const QueueFloodActionsDocument = new TypedDocumentString(`
    query QueueFloodActions {
  customActions {
    id
    label
  }
}
    `, {"hash":"9ba8675f2e8545df3698f50eecaaf7a57f5f86daf32f159c053160263778835b"}) as unknown as TypedDocumentString<QueueFloodActionsQuery, QueueFloodActionsQueryVariables>;
export const QueueFloodSubmitDocument = new TypedDocumentString(`
    mutation QueueFloodSubmit($input: SubmitActionInput!) {
  submitAction(input: $input) {
    __typename
    ... on HandoffPayload {
      alreadyRequested
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
  }
}
    `, {"hash":"5f09c882103f3114eb9a78ac7acd889ce8115cbf3e297fcfa6420738713331b4"}) as unknown as TypedDocumentString<QueueFloodSubmitMutation, QueueFloodSubmitMutationVariables>;
export const OversizedPageDocument = new TypedDocumentString(`
    query OversizedPage($first: Int, $last: Int) {
  conversations(first: $first, last: $last) {
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"5fcf1f3b76bda58f02a148101d26ec1b839081b0b5ed67d613dc6ec154a41824"}) as unknown as TypedDocumentString<OversizedPageQuery, OversizedPageQueryVariables>;
export const InstancesStartDocument = new TypedDocumentString(`
    mutation InstancesStart($input: StartWidgetSessionInput!) {
  startWidgetSession(input: $input) {
    __typename
  }
}
    `, {"hash":"bb00577c707328a6ae69363d5af8ab3dcee6e2ac09bfe2554783218bf684296d"}) as unknown as TypedDocumentString<InstancesStartMutation, InstancesStartMutationVariables>;
export const FloodTypenameDocument = new TypedDocumentString(`
    query FloodTypename {
  __typename
}
    `, {"hash":"6d74b38e374b85d16a17b18d089119dae7296476c2c7e319163a7a49b3fd5abc"}) as unknown as TypedDocumentString<FloodTypenameQuery, FloodTypenameQueryVariables>;
export const RevocationLogOutDocument = new TypedDocumentString(`
    mutation RevocationLogOut {
  logOut {
    __typename
  }
}
    `, {"hash":"8d43113389a6cb016f0404c22fd423a90513e38848c5cd79ef1ccdc2401b3927"}) as unknown as TypedDocumentString<RevocationLogOutMutation, RevocationLogOutMutationVariables>;
export const RevocationDeactivateDocument = new TypedDocumentString(`
    mutation RevocationDeactivate($id: ID!) {
  deactivateAgent(agentId: $id) {
    __typename
  }
}
    `, {"hash":"0c65402d101ec74740ce5cac1be3e4ab52e308a2b636ad7cb2fc78af95acb612"}) as unknown as TypedDocumentString<RevocationDeactivateMutation, RevocationDeactivateMutationVariables>;
export const RevocationChangeRoleDocument = new TypedDocumentString(`
    mutation RevocationChangeRole($id: ID!, $role: AgentRole!) {
  changeAgentRole(agentId: $id, role: $role) {
    __typename
  }
}
    `, {"hash":"c6014d078456261d6661564138f9d5b2a5edf14c096f30b04e589632c43864bb"}) as unknown as TypedDocumentString<RevocationChangeRoleMutation, RevocationChangeRoleMutationVariables>;
export const RevocationAllowOriginsDocument = new TypedDocumentString(`
    mutation RevocationAllowOrigins($origins: [String!]!) {
  updateWorkspace(input: {allowedOrigins: $origins}) {
    __typename
  }
}
    `, {"hash":"0756c52fdb87b8a5d52dce686433cd74fd4f438e4c799571c2464a7943b9dabf"}) as unknown as TypedDocumentString<RevocationAllowOriginsMutation, RevocationAllowOriginsMutationVariables>;
export const FloodSignUpDocument = new TypedDocumentString(`
    mutation FloodSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    __typename
    ... on RateLimitedError {
      code
      retryAfterSeconds
    }
  }
}
    `, {"hash":"0ef493c14196aafb849778c61c6b43ca1b55b2b90a991fb875885fd95c33106f"}) as unknown as TypedDocumentString<FloodSignUpMutation, FloodSignUpMutationVariables>;
export const FloodFiveSignUpsDocument = new TypedDocumentString(`
    mutation FloodFiveSignUps($a: SignUpInput!, $b: SignUpInput!, $c: SignUpInput!, $d: SignUpInput!, $e: SignUpInput!) {
  a: signUp(input: $a) {
    __typename
  }
  b: signUp(input: $b) {
    __typename
  }
  c: signUp(input: $c) {
    __typename
  }
  d: signUp(input: $d) {
    __typename
  }
  e: signUp(input: $e) {
    __typename
  }
}
    `, {"hash":"e31055d4c94e637d1b54d67187e481e09275c85f0f74079e65b9f0402f918631"}) as unknown as TypedDocumentString<FloodFiveSignUpsMutation, FloodFiveSignUpsMutationVariables>;
export const SocketTypenameDocument = new TypedDocumentString(`
    query SocketTypename {
  __typename
}
    `, {"hash":"4241f46fa3857006bd479035da5b07fe258a6b456268aa43dc0628bd579cda7b"}) as unknown as TypedDocumentString<SocketTypenameQuery, SocketTypenameQueryVariables>;
export const TrustedPublicKeyDocument = new TypedDocumentString(`
    query TrustedPublicKey {
  workspace {
    publicKey
  }
}
    `, {"hash":"c582b5461c82f711e840d454805bf470094454fa53ca2751cf75341ca632aaa4"}) as unknown as TypedDocumentString<TrustedPublicKeyQuery, TrustedPublicKeyQueryVariables>;
export const TrustedConversationMessagesDocument = new TypedDocumentString(`
    query TrustedConversationMessages($id: ID!) {
  node(id: $id) {
    ... on Conversation {
      lastSeq
      messages(last: 50) {
        edges {
          node {
            body
          }
        }
      }
    }
  }
}
    `, {"hash":"9d5a7e6827e047bd7d9aa093d0b7a4351e35af5e8e2fddb281bae0f72da5065c"}) as unknown as TypedDocumentString<TrustedConversationMessagesQuery, TrustedConversationMessagesQueryVariables>;
export const IdentitySpoofingSettingsDocument = new TypedDocumentString(`
    query IdentitySpoofingSettings {
  workspace {
    identitySecret
    identityVerificationRequired
  }
}
    `, {"hash":"13c24ac6ff7cf86f9aaaa87f9aac2d81b61663b8773aac0320bc8a12c1379c90"}) as unknown as TypedDocumentString<IdentitySpoofingSettingsQuery, IdentitySpoofingSettingsQueryVariables>;
export const FloodSendDocument = new TypedDocumentString(`
    mutation FloodSend($input: SendMessageInput!) {
  sendMessage(input: $input) {
    __typename
    ... on RateLimitedError {
      code
      retryAfterSeconds
    }
  }
}
    `, {"hash":"d2aad55935ee0c4a92f82374b075a313bf048019d17c9f47361067f2a77adeaf"}) as unknown as TypedDocumentString<FloodSendMutation, FloodSendMutationVariables>;
export const FloodReplyDocument = new TypedDocumentString(`
    mutation FloodReply($input: ReplyInput!) {
  replyToConversation(input: $input) {
    __typename
    ... on RateLimitedError {
      code
      retryAfterSeconds
    }
  }
}
    `, {"hash":"7e2e7eae7b61a52f7150a6452194f1b6da5c3257ed38f6cab48176b2c2fec91e"}) as unknown as TypedDocumentString<FloodReplyMutation, FloodReplyMutationVariables>;
export const TokenRevocationEndDocument = new TypedDocumentString(`
    mutation TokenRevocationEnd($visitorId: ID!) {
  endVisitorSessions(visitorId: $visitorId) {
    __typename
    ... on EndVisitorSessionsPayload {
      endedSessions
      visitor {
        id
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"eee2ceeca528f5e3f99d99acd23216e9e77723b11fb2f889dd7b31f5581bc53d"}) as unknown as TypedDocumentString<TokenRevocationEndMutation, TokenRevocationEndMutationVariables>;
export const TokenRevocationOriginsDocument = new TypedDocumentString(`
    mutation TokenRevocationOrigins($origins: [String!]!) {
  updateWorkspace(input: {allowedOrigins: $origins}) {
    __typename
  }
}
    `, {"hash":"27b8a346fc4d92b29ff111c351c73e0473188f781ac60197b1e25f750b989e75"}) as unknown as TypedDocumentString<TokenRevocationOriginsMutation, TokenRevocationOriginsMutationVariables>;
export const FloodStartSessionDocument = new TypedDocumentString(`
    mutation FloodStartSession($input: StartWidgetSessionInput!) {
  startWidgetSession(input: $input) {
    __typename
    ... on WidgetSession {
      token
      resumed
      conversation {
        id
      }
    }
    ... on RateLimitedError {
      code
      message
      retryAfterSeconds
    }
  }
}
    `, {"hash":"66730ae192d60b1a59ef07fa85d068943d2d88b91d51d86b0d1ce51993424626"}) as unknown as TypedDocumentString<FloodStartSessionMutation, FloodStartSessionMutationVariables>;
export const SharedExecutionNarrowDocument = new TypedDocumentString(`
    subscription SharedExecutionNarrow($id: ID!) {
  conversationEvents(conversationId: $id) {
    seq
    kind
  }
}
    `, {"hash":"c62f5241abf367b6ace025639ef5dbe5bcf819cfceddb6e34af6b6d1567f0001"}) as unknown as TypedDocumentString<SharedExecutionNarrowSubscription, SharedExecutionNarrowSubscriptionVariables>;
export const SharedExecutionOptionalBodyDocument = new TypedDocumentString(`
    subscription SharedExecutionOptionalBody($id: ID!, $withBody: Boolean!) {
  conversationEvents(conversationId: $id) {
    seq
    message {
      internal
      body @include(if: $withBody)
    }
  }
}
    `, {"hash":"cd6bc8423c619dbcaebf3c8ce15696d5f3cb074221d64d0f06d1588944436971"}) as unknown as TypedDocumentString<SharedExecutionOptionalBodySubscription, SharedExecutionOptionalBodySubscriptionVariables>;
export const DrainViewerDocument = new TypedDocumentString(`
    query DrainViewer {
  viewer {
    id
  }
}
    `, {"hash":"8b0ce8df2400d245b496c212a2dad6ba41ec1325cda3cb1417ee19d49c5ed322"}) as unknown as TypedDocumentString<DrainViewerQuery, DrainViewerQueryVariables>;
export const DrainLargeAnswerDocument = new TypedDocumentString(`
    query DrainLargeAnswer($days: Int) {
  aiUsage(days: $days) {
    period
  }
}
    `, {"hash":"ba68b4632ccb53f0e2acfd0ccb1651e29c5dd7b8d9ddde2c2b2ca2160d09c2a7"}) as unknown as TypedDocumentString<DrainLargeAnswerQuery, DrainLargeAnswerQueryVariables>;
export const TwoLogInsDocument = new TypedDocumentString(`
    mutation TwoLogIns($email: String!, $first: String!, $second: String!) {
  a: logIn(input: {email: $email, password: $first}) {
    __typename
    ... on AuthPayload {
      agent {
        name
        workspace {
          name
        }
      }
    }
    ... on Error {
      code
    }
  }
  b: logIn(input: {email: $email, password: $second}) {
    __typename
    ... on AuthPayload {
      token
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"a029ee14c90494d245fe25c2838cb01ab0e13483f2a84bbf8eafbfb384c52518"}) as unknown as TypedDocumentString<TwoLogInsMutation, TwoLogInsMutationVariables>;
export const SocketSessionTypenameDocument = new TypedDocumentString(`
    query SocketSessionTypename {
  __typename
}
    `, {"hash":"201e545220ca18a37d61f534f84155b7a7876e29e3b045d116ad42423eec42f5"}) as unknown as TypedDocumentString<SocketSessionTypenameQuery, SocketSessionTypenameQueryVariables>;
export const SocketSessionLogOutDocument = new TypedDocumentString(`
    mutation SocketSessionLogOut {
  logOut {
    __typename
  }
}
    `, {"hash":"eb493e82d83f50a816176a8065ce371df4b7a98b9041d665ee487a33fd64c524"}) as unknown as TypedDocumentString<SocketSessionLogOutMutation, SocketSessionLogOutMutationVariables>;
export const StreamResumeTypingDocument = new TypedDocumentString(`
    mutation StreamResumeTyping($id: ID!, $on: Boolean!) {
  setTyping(conversationId: $id, isTyping: $on) {
    __typename
  }
}
    `, {"hash":"4f5a19a21cb8e5301320f27ca00d3e0f34793d829fae448159299af0de50e643"}) as unknown as TypedDocumentString<StreamResumeTypingMutation, StreamResumeTypingMutationVariables>;
export const TakeoverActionsDocument = new TypedDocumentString(`
    query TakeoverActions {
  customActions {
    id
    label
  }
}
    `, {"hash":"cfc86cfe9da6f25fe97266c7f5d54cd0ab0046f604e78d93d649133f3c15390f"}) as unknown as TypedDocumentString<TakeoverActionsQuery, TakeoverActionsQueryVariables>;
export const TakeoverReleaseDocument = new TypedDocumentString(`
    mutation TakeoverRelease($id: ID!) {
  r: releaseConversation(conversationId: $id) {
    __typename
    ... on Conversation {
      status
      assigneeName
    }
    ... on ConversationTakenError {
      agentName
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"342811219866b5be618be1002680baeab1cc3cd2ba7194134d338b60bfcb15c2"}) as unknown as TypedDocumentString<TakeoverReleaseMutation, TakeoverReleaseMutationVariables>;
export const TakeoverHandBackDocument = new TypedDocumentString(`
    mutation TakeoverHandBack($id: ID!) {
  r: handBackConversation(conversationId: $id) {
    __typename
    ... on Conversation {
      status
      assigneeName
    }
    ... on ConversationTakenError {
      agentName
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"45a2426d262745f4b310bb782953bcdf1dce23c1777f6ea164096280898ca9e7"}) as unknown as TypedDocumentString<TakeoverHandBackMutation, TakeoverHandBackMutationVariables>;
export const TakeoverResolveDocument = new TypedDocumentString(`
    mutation TakeoverResolve($id: ID!) {
  r: resolveConversation(conversationId: $id) {
    __typename
    ... on Conversation {
      status
      assigneeName
    }
    ... on ConversationTakenError {
      agentName
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"f7f3fd849691ce12a65fb07ea95ea8d9ab2dfe95075265f4f43d6da77f802ccb"}) as unknown as TypedDocumentString<TakeoverResolveMutation, TakeoverResolveMutationVariables>;
export const TakeoverReassignDocument = new TypedDocumentString(`
    mutation TakeoverReassign($id: ID!, $agent: ID!) {
  r: reassignConversation(conversationId: $id, agentId: $agent) {
    __typename
    ... on Conversation {
      status
      assigneeName
    }
  }
}
    `, {"hash":"0de6fe3c23b64c95b510f236eea375c3c7d31d0f3ce3f789ebbb0cff97fd6565"}) as unknown as TypedDocumentString<TakeoverReassignMutation, TakeoverReassignMutationVariables>;
export const TakeoverStatusDocument = new TypedDocumentString(`
    query TakeoverStatus($id: ID!) {
  conversation(id: $id) {
    status
  }
}
    `, {"hash":"74c26528bda196e3167a5d4b9bdf3a7b90ec2326c64980cd77c70cf70512d192"}) as unknown as TypedDocumentString<TakeoverStatusQuery, TakeoverStatusQueryVariables>;
export const TeamViewerDocument = new TypedDocumentString(`
    query TeamViewer {
  viewer {
    id
    name
    email
    role
    active
    workspace {
      id
      name
      publicKey
      responseTimeTargetSeconds
    }
  }
}
    `, {"hash":"726266c4974f60f8804170f9e819a95777ef1d8698af3f2fcb291ee53f3dbcb8"}) as unknown as TypedDocumentString<TeamViewerQuery, TeamViewerQueryVariables>;
export const TeamLogInDocument = new TypedDocumentString(`
    mutation TeamLogIn($input: LogInInput!) {
  logIn(input: $input) {
    __typename
    ... on AuthPayload {
      token
      expiresAt
      agent {
        id
        email
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"0cfb8da6088bf13d8ac9cb3ad665d795a190097a0cb2199b40f8358b983d6b51"}) as unknown as TypedDocumentString<TeamLogInMutation, TeamLogInMutationVariables>;
export const TeamSignUpDocument = new TypedDocumentString(`
    mutation TeamSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    __typename
    ... on AuthPayload {
      token
      agent {
        id
        name
        email
        role
        workspace {
          id
          name
          publicKey
          widgetSnippet
        }
      }
    }
  }
}
    `, {"hash":"f903c65dcad8d38a530aaf38400d1cd3be9ad47acbe886452e214a5d7c98fcb6"}) as unknown as TypedDocumentString<TeamSignUpMutation, TeamSignUpMutationVariables>;
export const TeamInvitationPreviewDocument = new TypedDocumentString(`
    query TeamInvitationPreview($token: String!) {
  invitation(token: $token) {
    __typename
    ... on InvitationPreview {
      email
      role
      workspaceName
    }
  }
}
    `, {"hash":"d8eaa799c581e390c4bfb053789e67ac112c4ead22f1d602511e4c69e91b2453"}) as unknown as TypedDocumentString<TeamInvitationPreviewQuery, TeamInvitationPreviewQueryVariables>;
export const TeamPendingInvitationsDocument = new TypedDocumentString(`
    query TeamPendingInvitations {
  workspace {
    pendingInvitations {
      totalCount
      edges {
        node {
          email
        }
      }
    }
  }
}
    `, {"hash":"330bef435ad2e7eb78df06772ad0a6516c7f39f755943a13e5f3b0722df59d13"}) as unknown as TypedDocumentString<TeamPendingInvitationsQuery, TeamPendingInvitationsQueryVariables>;
export const TeamMembersDocument = new TypedDocumentString(`
    query TeamMembers {
  workspace {
    agents {
      totalCount
      edges {
        node {
          name
          role
          active
        }
      }
    }
    pendingInvitations {
      totalCount
    }
  }
}
    `, {"hash":"f22835f090fa1ec4085f3422c8e1d608087f7dfae75d3e525d579a98713eb4bf"}) as unknown as TypedDocumentString<TeamMembersQuery, TeamMembersQueryVariables>;
export const TeamPromoteDocument = new TypedDocumentString(`
    mutation TeamPromote($id: ID!) {
  changeAgentRole(agentId: $id, role: ADMIN) {
    __typename
    ... on Agent {
      role
    }
    ... on Error {
      code
    }
  }
}
    `, {"hash":"1d0ae2d0755e2ffb4eb3cce9688d90f97bde6fb7c834b1bf7d9c3d973ffcf702"}) as unknown as TypedDocumentString<TeamPromoteMutation, TeamPromoteMutationVariables>;
export const TeamDeactivateDocument = new TypedDocumentString(`
    mutation TeamDeactivate($id: ID!) {
  deactivateAgent(agentId: $id) {
    __typename
    ... on Agent {
      active
      deactivatedAt
    }
  }
}
    `, {"hash":"7a645f222d69adc7c1603e10bbd98485a9e5615b3ffd5d6ece158df9a60a8af7"}) as unknown as TypedDocumentString<TeamDeactivateMutation, TeamDeactivateMutationVariables>;
export const TeamReactivateDocument = new TypedDocumentString(`
    mutation TeamReactivate($id: ID!) {
  reactivateAgent(agentId: $id) {
    __typename
    ... on Agent {
      active
    }
  }
}
    `, {"hash":"243897dd560c61ec875571b8adb4a0c3d4a8fd9c9ed633a2d6ca52301664f401"}) as unknown as TypedDocumentString<TeamReactivateMutation, TeamReactivateMutationVariables>;
export const TeamUpdateWorkspaceDocument = new TypedDocumentString(`
    mutation TeamUpdateWorkspace($input: UpdateWorkspaceInput!) {
  updateWorkspace(input: $input) {
    __typename
    ... on Workspace {
      name
      responseTimeTargetSeconds
      allowedOrigins
    }
  }
}
    `, {"hash":"964b4cde86511ab777efb574579342b300e90428f3311bd43588d33b61458290"}) as unknown as TypedDocumentString<TeamUpdateWorkspaceMutation, TeamUpdateWorkspaceMutationVariables>;
export const TeamLogOutDocument = new TypedDocumentString(`
    mutation TeamLogOut {
  logOut {
    __typename
    ... on LogOutPayload {
      ok
    }
  }
}
    `, {"hash":"40600ca31cc3ddff5d0dd8a1b94b68762bb238322cce5ed12205c7fa0e266880"}) as unknown as TypedDocumentString<TeamLogOutMutation, TeamLogOutMutationVariables>;
export const VisitorDeviceDocument = new TypedDocumentString(`
    query VisitorDevice($id: ID!) {
  conversation(id: $id) {
    sessionMetadata {
      userAgent
      device {
        browser
        browserVersion
        os
        osVersion
        type
        model
        summary
      }
    }
  }
}
    `, {"hash":"6751959ccc517d09566a5ea81318e28b2f8dfc392f5198946407528af0fdfacd"}) as unknown as TypedDocumentString<VisitorDeviceQuery, VisitorDeviceQueryVariables>;
export const BrowserApiKeysDocument = new TypedDocumentString(`
    query BrowserApiKeys {
  apiKeys {
    id
    name
    scopes
    revokedAt
  }
}
    `, {"hash":"6b0c2e2e1a598181645bd2b247d450a852f6e429aab1bbfb8797f1e187134c89"}) as unknown as TypedDocumentString<BrowserApiKeysQuery, BrowserApiKeysQueryVariables>;
export const BrowserApiKeysConversationsDocument = new TypedDocumentString(`
    query BrowserApiKeysConversations {
  conversations(first: 10) {
    edges {
      node {
        id
      }
    }
  }
}
    `, {"hash":"7a20fc5d30641c5981eae66b4c77d65b390cc63e76545538f9655c530af7757a"}) as unknown as TypedDocumentString<BrowserApiKeysConversationsQuery, BrowserApiKeysConversationsQueryVariables>;
export const BrowserApiKeysUsageDocument = new TypedDocumentString(`
    query BrowserApiKeysUsage {
  aiUsage(days: 7) {
    period
  }
}
    `, {"hash":"a198d5491528ee64d7a966f60972076740b34568ef0c2a1e36c6955230644afd"}) as unknown as TypedDocumentString<BrowserApiKeysUsageQuery, BrowserApiKeysUsageQueryVariables>;
export const BrowserPolicyDocument = new TypedDocumentString(`
    query BrowserPolicy {
  assistantSettings {
    sensitiveTopics {
      key
      enabled
    }
    instructionTopics
  }
  handoffTopics {
    name
    examples
    enabled
  }
}
    `, {"hash":"e3617cd203b6a5c7c27f2fc6399a971f63475a8fcad497fde206fa2aad84f1fc"}) as unknown as TypedDocumentString<BrowserPolicyQuery, BrowserPolicyQueryVariables>;
export const BrowserPolicyTopicIdsDocument = new TypedDocumentString(`
    query BrowserPolicyTopicIds {
  handoffTopics {
    id
  }
}
    `, {"hash":"6a4d01c799a8d15556e6ae10e0dd79feda822c10e96a97ed3ff7294c8d109cef"}) as unknown as TypedDocumentString<BrowserPolicyTopicIdsQuery, BrowserPolicyTopicIdsQueryVariables>;
export const BrowserPolicyResolveDocument = new TypedDocumentString(`
    mutation BrowserPolicyResolve($id: ID!) {
  resolveConversation(conversationId: $id) {
    __typename
    ... on Conversation {
      status
    }
  }
}
    `, {"hash":"8b35d65a113f6ce7575cceaa5224c5d05b80602c32f17c223a01d053311198a6"}) as unknown as TypedDocumentString<BrowserPolicyResolveMutation, BrowserPolicyResolveMutationVariables>;
export const BrowserPolicyGapsDocument = new TypedDocumentString(`
    query BrowserPolicyGaps {
  contentGaps {
    question
    count
    examples
    conversationIds
  }
}
    `, {"hash":"d3b2cccc04bdd8cc232486de5e82375afb4c7189655ab7e7418ac3bfc02452bc"}) as unknown as TypedDocumentString<BrowserPolicyGapsQuery, BrowserPolicyGapsQueryVariables>;
export const InboxEdgesVisitorActionsDocument = new TypedDocumentString(`
    query InboxEdgesVisitorActions {
  customActions {
    id
    label
  }
}
    `, {"hash":"1bebbfda03fc2df687e7a7234c3b0546cdff5b1c4a54af2d82b3f3b2615639f1"}) as unknown as TypedDocumentString<InboxEdgesVisitorActionsQuery, InboxEdgesVisitorActionsQueryVariables>;
export const BrowserInboxSignUpDocument = new TypedDocumentString(`
    mutation BrowserInboxSignUp($i: SignUpInput!) {
  signUp(input: $i) {
    __typename
    ... on AuthPayload {
      token
      agent {
        workspace {
          publicKey
        }
      }
    }
  }
}
    `, {"hash":"7d3379bf23f5af62227a29f431cf94300d63e5dd5c34a0b4fc8cedbab996980e"}) as unknown as TypedDocumentString<BrowserInboxSignUpMutation, BrowserInboxSignUpMutationVariables>;
export const BrowserInboxActionLabelsDocument = new TypedDocumentString(`
    query BrowserInboxActionLabels {
  customActions {
    label
    fields {
      key
      type
    }
  }
}
    `, {"hash":"8fb3b110b00da848d57c90876d0ad20922924ec82ede079e1aafb9b01b922867"}) as unknown as TypedDocumentString<BrowserInboxActionLabelsQuery, BrowserInboxActionLabelsQueryVariables>;
export const BrowserInboxVisitorActionsDocument = new TypedDocumentString(`
    query BrowserInboxVisitorActions {
  customActions {
    id
    label
    fields {
      key
    }
  }
}
    `, {"hash":"b299ec3a18b0e87f08ff195ad59887001289d163a8a542380ab0a4e041607fb2"}) as unknown as TypedDocumentString<BrowserInboxVisitorActionsQuery, BrowserInboxVisitorActionsQueryVariables>;
export const BrowserInboxActionIdsDocument = new TypedDocumentString(`
    query BrowserInboxActionIds {
  customActions {
    id
  }
}
    `, {"hash":"f7338f8d386fa743939fc3f023e2cdc3c455f351a23580d126b7c4b4720ac79c"}) as unknown as TypedDocumentString<BrowserInboxActionIdsQuery, BrowserInboxActionIdsQueryVariables>;
export const BrowserInboxAssigneeDocument = new TypedDocumentString(`
    query BrowserInboxAssignee($id: ID!) {
  conversation(id: $id) {
    assigneeName
  }
}
    `, {"hash":"4e0370f2c878d42856a4b2c72f7439e2eb1d957e1caea11adb919b479979b31d"}) as unknown as TypedDocumentString<BrowserInboxAssigneeQuery, BrowserInboxAssigneeQueryVariables>;
export const BrowserInboxSeqsDocument = new TypedDocumentString(`
    query BrowserInboxSeqs($id: ID!) {
  conversation(id: $id) {
    messages {
      edges {
        node {
          seq
        }
      }
    }
  }
}
    `, {"hash":"abca0266e6bb8a98ce8f6e6eabe16e9edb4ee47396a3333c246590f562a63675"}) as unknown as TypedDocumentString<BrowserInboxSeqsQuery, BrowserInboxSeqsQueryVariables>;
export const TrustedWidgetKeyDocument = new TypedDocumentString(`
    query TrustedWidgetKey {
  workspace {
    publicKey
  }
}
    `, {"hash":"4dae5a18daa6ccecc032c549fa9978892ff7103875f02b09e123b69160d40bee"}) as unknown as TypedDocumentString<TrustedWidgetKeyQuery, TrustedWidgetKeyQueryVariables>;
export const BrowserIdentityEndSessionsDocument = new TypedDocumentString(`
    mutation BrowserIdentityEndSessions($visitorId: ID!) {
  endVisitorSessions(visitorId: $visitorId) {
    __typename
  }
}
    `, {"hash":"fa1f8ea10de6c69bdf6f031e14b633c7bc10e39c4bb281dce10d7c003cc166b1"}) as unknown as TypedDocumentString<BrowserIdentityEndSessionsMutation, BrowserIdentityEndSessionsMutationVariables>;
export const EvalTranscriptDocument = new TypedDocumentString(`
    query EvalTranscript($id: ID!) {
  conversation(id: $id) {
    status
    handoff {
      trigger
      topic
      actionLabel
    }
    messages(last: 5) {
      edges {
        node {
          seq
          authorKind
          body
          suggestionTrigger
          suggestionTopic
          suggestedActionIds
          citations {
            title
          }
        }
      }
    }
  }
}
    `, {"hash":"895de354a9e48120ee9f93463fc99e691fcd5b8b5e9d6c4480835d5bf1dc6446"}) as unknown as TypedDocumentString<EvalTranscriptQuery, EvalTranscriptQueryVariables>;
export const EvalReactionDocument = new TypedDocumentString(`
    subscription EvalReaction($id: ID!, $after: Int) {
  conversationEvents(conversationId: $id, afterSeq: $after) {
    seq
    kind
    message {
      authorKind
    }
    status {
      status
    }
  }
}
    `, {"hash":"6791c69d27cfbfce0a87ef9668e1d642aaf83b2eb30baf48d0af0e4f525d6e58"}) as unknown as TypedDocumentString<EvalReactionSubscription, EvalReactionSubscriptionVariables>;
export const EvalSignUpDocument = new TypedDocumentString(`
    mutation EvalSignUp($i: SignUpInput!) {
  signUp(input: $i) {
    __typename
    ... on AuthPayload {
      token
    }
  }
}
    `, {"hash":"cd1ecd60acb6461ef04b93c371335f3ec2005dabcb4bf3a664ea9b44309c715e"}) as unknown as TypedDocumentString<EvalSignUpMutation, EvalSignUpMutationVariables>;
export const EvalCreateDocumentDocument = new TypedDocumentString(`
    mutation EvalCreateDocument($i: KnowledgeDocumentInput!) {
  createKnowledgeDocument(input: $i) {
    __typename
  }
}
    `, {"hash":"c36ebcaac401867a1c900fdd4903bf7763f718d130c257accfdcf481656fe751"}) as unknown as TypedDocumentString<EvalCreateDocumentMutation, EvalCreateDocumentMutationVariables>;
export const EvalSettingsDocument = new TypedDocumentString(`
    mutation EvalSettings($i: AssistantSettingsInput!) {
  updateAssistantSettings(input: $i) {
    __typename
  }
}
    `, {"hash":"b2356c437fea6f02b4bdefdb33f66d01e271af097a864d077af02487bcbf71d0"}) as unknown as TypedDocumentString<EvalSettingsMutation, EvalSettingsMutationVariables>;
export const EvalActionsDocument = new TypedDocumentString(`
    query EvalActions {
  customActions {
    id
    label
  }
}
    `, {"hash":"0a432ca3f9d308c859abbb0331829b35fd3476a712d04247770e1b3f8952a757"}) as unknown as TypedDocumentString<EvalActionsQuery, EvalActionsQueryVariables>;
export const EvalUpdateActionDocument = new TypedDocumentString(`
    mutation EvalUpdateAction($id: ID!, $i: CustomActionInput!) {
  updateCustomAction(actionId: $id, input: $i) {
    __typename
    ... on CustomAction {
      id
    }
  }
}
    `, {"hash":"f893728dc5f76179dddbd5a528023c49ee2fd64240238f231aa6036280856d7f"}) as unknown as TypedDocumentString<EvalUpdateActionMutation, EvalUpdateActionMutationVariables>;
export const EvalCreateActionDocument = new TypedDocumentString(`
    mutation EvalCreateAction($i: CustomActionInput!) {
  createCustomAction(input: $i) {
    __typename
    ... on CustomAction {
      id
    }
  }
}
    `, {"hash":"20e99d99f82512596bf5554ae743a4100a279ba1be02d60f1a455fc207454d5f"}) as unknown as TypedDocumentString<EvalCreateActionMutation, EvalCreateActionMutationVariables>;
export const EvalCreateTopicDocument = new TypedDocumentString(`
    mutation EvalCreateTopic($i: HandoffTopicInput!) {
  createHandoffTopic(input: $i) {
    __typename
  }
}
    `, {"hash":"d511352f6d519d2bc60bbaa2bd4810504b21be18766466112804e175a53f40dd"}) as unknown as TypedDocumentString<EvalCreateTopicMutation, EvalCreateTopicMutationVariables>;
export const EvalPublicKeyDocument = new TypedDocumentString(`
    query EvalPublicKey {
  workspace {
    publicKey
  }
}
    `, {"hash":"3cd1361fa3bac590c3a914e94f824b094f714f752eb6c338369d4fc40e501c58"}) as unknown as TypedDocumentString<EvalPublicKeyQuery, EvalPublicKeyQueryVariables>;
export const EvalLastSeqDocument = new TypedDocumentString(`
    query EvalLastSeq($id: ID!) {
  conversation(id: $id) {
    lastSeq
  }
}
    `, {"hash":"47710aa4acd67961cb2af14272e99737c3ec1fbc1d0abb55563c1719f738be4e"}) as unknown as TypedDocumentString<EvalLastSeqQuery, EvalLastSeqQueryVariables>;
export const EvalSendDocument = new TypedDocumentString(`
    mutation EvalSend($i: SendMessageInput!) {
  sendMessage(input: $i) {
    __typename
  }
}
    `, {"hash":"295ca0ed383ef80c8da9ed471eb645d6054b66cb330095ff1bd5d3100d3e67d0"}) as unknown as TypedDocumentString<EvalSendMutation, EvalSendMutationVariables>;
export const EvalStartSessionDocument = new TypedDocumentString(`
    mutation EvalStartSession($i: StartWidgetSessionInput!) {
  startWidgetSession(input: $i) {
    __typename
    ... on WidgetSession {
      token
      conversation {
        id
      }
    }
  }
}
    `, {"hash":"a2ddf2cbd4dcd6a30f2a4854197658ed94b38377a8a9c08bb62273f2fdd213ea"}) as unknown as TypedDocumentString<EvalStartSessionMutation, EvalStartSessionMutationVariables>;
export const ApiKeysCreateDocument = new TypedDocumentString(`
    mutation ApiKeysCreate($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreateApiKeyPayload {
      secret
      apiKey {
        id
        name
        prefix
        scopes
        expiresAt
        lastUsedAt
        revokedAt
        createdBy {
          id
        }
      }
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
    ... on ForbiddenError {
      missingScope
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"b41399d9c7857ab1393c2bb3b1d9d0fb79d16250e7484ff3e6844984347ed1a0"}) as unknown as TypedDocumentString<ApiKeysCreateMutation, ApiKeysCreateMutationVariables>;
export const ApiKeysRevokeDocument = new TypedDocumentString(`
    mutation ApiKeysRevoke($id: ID!) {
  revokeApiKey(apiKeyId: $id) {
    __typename
    ... on ApiKey {
      id
      revokedAt
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"40b6eb54eed9b9743ad9a3924c8a0335ee489e35e8f1fd505e1d04e15ae09243"}) as unknown as TypedDocumentString<ApiKeysRevokeMutation, ApiKeysRevokeMutationVariables>;
export const LoadKnowledgeDocumentDocument = new TypedDocumentString(`
    mutation LoadKnowledgeDocument($input: KnowledgeDocumentInput!) {
  createKnowledgeDocument(input: $input) {
    __typename
  }
}
    `, {"hash":"668e4cb33a3dd4a2da9a0f61a1f00a439bbbeb713530309a37f1f95b7275512b"}) as unknown as TypedDocumentString<LoadKnowledgeDocumentMutation, LoadKnowledgeDocumentMutationVariables>;
export const TranscriptDocument = new TypedDocumentString(`
    query Transcript($id: ID!) {
  conversation(id: $id) {
    status
    messages(first: 100) {
      edges {
        node {
          seq
          authorKind
          body
          suggestionTrigger
          suggestionTopic
          suggestedActionIds
          citations {
            title
            sourceUrl
          }
        }
      }
    }
  }
}
    `, {"hash":"6bbdd6eba39bbbd0f1fc8566057a289f597b7a3328e9b4640c16b0be57f34b81"}) as unknown as TypedDocumentString<TranscriptQuery, TranscriptQueryVariables>;
export const StartSessionDocument = new TypedDocumentString(`
    mutation StartSession($input: StartWidgetSessionInput!) {
  startWidgetSession(input: $input) {
    __typename
    ... on WidgetSession {
      token
      resumed
      visitorId
      workspaceName
      greeting
      conversation {
        id
        status
        lastSeq
      }
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"1f2d755825d9134994160a12fb4c09218fe6d396ae21986dd7eb11f8c48d7db2"}) as unknown as TypedDocumentString<StartSessionMutation, StartSessionMutationVariables>;
export const SendDocument = new TypedDocumentString(`
    mutation Send($input: SendMessageInput!) {
  sendMessage(input: $input) {
    __typename
    ... on SendMessagePayload {
      duplicate
      sentMessage {
        id
        seq
        body
        authorKind
      }
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"c52fc94c7f730fef19a9a5ac98a023fc33798a17d84479cc5dbbb3b88583d761"}) as unknown as TypedDocumentString<SendMutation, SendMutationVariables>;
export const SubmitActionDocument = new TypedDocumentString(`
    mutation SubmitAction($input: SubmitActionInput!) {
  submitAction(input: $input) {
    __typename
    ... on HandoffPayload {
      alreadyRequested
      conversation {
        id
        status
      }
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"be0c4905634fc65910bd596553301937126da017f498b66c9c42b6539ab16336"}) as unknown as TypedDocumentString<SubmitActionMutation, SubmitActionMutationVariables>;
export const ReplyDocument = new TypedDocumentString(`
    mutation Reply($input: ReplyInput!) {
  replyToConversation(input: $input) {
    __typename
    ... on SendMessagePayload {
      duplicate
      sentMessage {
        id
        seq
        body
        internal
        authorName
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
      message
      code
    }
  }
}
    `, {"hash":"8500616ecbefc2ee92223da4aa9556abdefe522ad18450818fc5a7afb7cc8afc"}) as unknown as TypedDocumentString<ReplyMutation, ReplyMutationVariables>;
export const TakeOverDocument = new TypedDocumentString(`
    mutation TakeOver($id: ID!) {
  takeOver(conversationId: $id) {
    __typename
    ... on Conversation {
      id
      status
      assignee {
        id
        name
      }
    }
    ... on ConversationTakenError {
      agentName
      agentId
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"7a64f542284bb9c80118bfccefc2d7dd69f993345542857bd22c0dfeee873c7b"}) as unknown as TypedDocumentString<TakeOverMutation, TakeOverMutationVariables>;
export const CreateActionDocument = new TypedDocumentString(`
    mutation CreateAction($input: CustomActionInput!) {
  createCustomAction(input: $input) {
    __typename
    ... on CustomAction {
      id
      label
      enabled
      position
      fields {
        key
        label
        type
        required
        options
        maxLength
      }
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"c78df7d761530b5ba9199928ed93fc5e8b0c4ce1f8f5a3a12830c63db6ce9918"}) as unknown as TypedDocumentString<CreateActionMutation, CreateActionMutationVariables>;
export const StreamDocument = new TypedDocumentString(`
    subscription Stream($id: ID!, $after: Int) {
  conversationEvents(conversationId: $id, afterSeq: $after) {
    seq
    kind
    message {
      id
      seq
      body
      authorKind
      authorName
      internal
      clientId
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
    `, {"hash":"a9a97ad956db3d80e5893501b1c8bda1f54c27d470f2d992fc4856eb57fdd7a6"}) as unknown as TypedDocumentString<StreamSubscription, StreamSubscriptionVariables>;
export const InboxDocument = new TypedDocumentString(`
    subscription Inbox {
  inboxEvents {
    kind
    agentName
    conversation {
      id
      status
      assigneeName
      waitingSeconds
      responseTargetBreachedAt
      sessionMetadata {
        pageUrl
        pageTitle
        referrer
        locale
        timezone
        userAgent
      }
      handoff {
        trigger
        actionLabel
        summary
        capturedValues {
          key
          label
          value
        }
        citedDocuments {
          title
        }
      }
    }
  }
}
    `, {"hash":"699874920acfd29952f58c3bbf9668097f6b8b66daf443f111f09bdb509732c6"}) as unknown as TypedDocumentString<InboxSubscription, InboxSubscriptionVariables>;
export const PublicKeyDocument = new TypedDocumentString(`
    query PublicKey {
  workspace {
    publicKey
  }
}
    `, {"hash":"9758a9766cdd02f552ceb739af1e65c9de5933167502678c5124580d0a905353"}) as unknown as TypedDocumentString<PublicKeyQuery, PublicKeyQueryVariables>;
export const HandoffFirstActionDocument = new TypedDocumentString(`
    query HandoffFirstAction {
  customActions {
    id
  }
}
    `, {"hash":"20ae751c533d134751a9cea5c0c78686d60e46c065345c009f185ddc1945b0b3"}) as unknown as TypedDocumentString<HandoffFirstActionQuery, HandoffFirstActionQueryVariables>;
export const IdentityIdentifyDocument = new TypedDocumentString(`
    mutation IdentityIdentify($input: IdentifyVisitorInput!) {
  identifyVisitor(input: $input) {
    __typename
    ... on IdentifyVisitorPayload {
      name
      email
      identityVerified
      visitorToken
    }
    ... on IdentityVerificationError {
      reason
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"3ff9382dc73d4a4a94eadd083b2263839136291b80482b44a087776a3a28c1bb"}) as unknown as TypedDocumentString<IdentityIdentifyMutation, IdentityIdentifyMutationVariables>;
export const IdentityRotateSecretDocument = new TypedDocumentString(`
    mutation IdentityRotateSecret {
  rotateIdentitySecret {
    __typename
    ... on Workspace {
      identitySecret
      identityVerificationRequired
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"5e8275c483db1f0fcd51a9f5d5b3fcddba7f0519f9cd9dd1e78349a9af986b27"}) as unknown as TypedDocumentString<IdentityRotateSecretMutation, IdentityRotateSecretMutationVariables>;
export const IdentityRequireDocument = new TypedDocumentString(`
    mutation IdentityRequire($required: Boolean!) {
  updateWorkspace(input: {identityVerificationRequired: $required}) {
    __typename
    ... on Workspace {
      identityVerificationRequired
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"bd043f5c26c8cf61c6da02047846f6dbc0a5eec17448d7e38709bc3cb8446b4f"}) as unknown as TypedDocumentString<IdentityRequireMutation, IdentityRequireMutationVariables>;
export const IdentityConversationVisitorDocument = new TypedDocumentString(`
    query IdentityConversationVisitor($id: ID!) {
  conversation(id: $id) {
    id
    visitor {
      id
      name
      email
      externalId
      identityVerified
      externalIdVerified
      emailVerified
      attributes {
        key
        value
      }
    }
  }
}
    `, {"hash":"cfb6251c14df5a784dd5f02edcef8b8703d062fc49bc2075a26e1b2291f69997"}) as unknown as TypedDocumentString<IdentityConversationVisitorQuery, IdentityConversationVisitorQueryVariables>;
export const TestTeamPresenceDocument = new TypedDocumentString(`
    subscription TestTeamPresence {
  teamPresence {
    presence
    agent {
      id
      name
      presence
    }
  }
}
    `, {"hash":"ef190f8537fb18bd1eb2c68a5c7cd38a6017ca67efb4356961c333c48e86237c"}) as unknown as TypedDocumentString<TestTeamPresenceSubscription, TestTeamPresenceSubscriptionVariables>;
export const TestSetAwayDocument = new TypedDocumentString(`
    mutation TestSetAway($away: Boolean!) {
  setAway(away: $away) {
    __typename
    ... on Agent {
      id
      away
      presence
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"01d5fca8809f0bcf15966585170c876e70b3e0922c3594414c85cb40c98d6ea1"}) as unknown as TypedDocumentString<TestSetAwayMutation, TestSetAwayMutationVariables>;
export const TestTeamPresenceListDocument = new TypedDocumentString(`
    query TestTeamPresenceList {
  workspace {
    agents(first: 50) {
      edges {
        node {
          id
          name
          presence
        }
      }
    }
  }
}
    `, {"hash":"63461c59e662401ef562291c63cbeb3ebcd0394176892e2eb2c1ad2983e61650"}) as unknown as TypedDocumentString<TestTeamPresenceListQuery, TestTeamPresenceListQueryVariables>;
export const TestUpdateAutoAssignmentDocument = new TypedDocumentString(`
    mutation TestUpdateAutoAssignment($input: UpdateAutoAssignmentInput!) {
  updateAutoAssignment(input: $input) {
    __typename
    ... on Workspace {
      autoAssignment
      autoAssignCap
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
    `, {"hash":"2fcdb73d0b33cfce51eb978b6c6d4ef502dfb05b397db48288406f25419aac8a"}) as unknown as TypedDocumentString<TestUpdateAutoAssignmentMutation, TestUpdateAutoAssignmentMutationVariables>;
export const TestConversationWaitDocument = new TypedDocumentString(`
    query TestConversationWait($id: ID!) {
  node(id: $id) {
    ... on Conversation {
      id
      status
      assignee {
        id
        name
        presence
      }
      expectedWait {
        availableAgents
        queuePosition
        estimateSeconds
      }
    }
  }
}
    `, {"hash":"16a59c9924b9982c9f8958b124fdb4c5d5b5e1b22e6906d9f2acb630d5e8eac5"}) as unknown as TypedDocumentString<TestConversationWaitQuery, TestConversationWaitQueryVariables>;
export const TestEscalationActionDocument = new TypedDocumentString(`
    query TestEscalationAction {
  customActions {
    id
  }
}
    `, {"hash":"1e031f6fa17c3238c0f089c5c6e2aefe0dd4d3965048f649650e3d06eb47b544"}) as unknown as TypedDocumentString<TestEscalationActionQuery, TestEscalationActionQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    __typename
    ... on AuthPayload {
      token
      agent {
        id
        role
        workspace {
          id
        }
      }
    }
    ... on ValidationError {
      message
      fieldErrors {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"b6f666d5cfa6daeae3bf391a5ed73ec9a15455a37fb1def5ebd205cea6588281"}) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const InviteDocument = new TypedDocumentString(`
    mutation Invite($input: InviteAgentInput!) {
  inviteAgent(input: $input) {
    __typename
    ... on InvitationPayload {
      token
      url
      invitation {
        id
        email
        role
      }
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"815a524b805cfdd69509586d69f0157ca21864139433bcf5d4643537e93c6bed"}) as unknown as TypedDocumentString<InviteMutation, InviteMutationVariables>;
export const AcceptDocument = new TypedDocumentString(`
    mutation Accept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    __typename
    ... on AuthPayload {
      token
      agent {
        id
        role
        email
        workspace {
          id
        }
      }
    }
    ... on InvitationInvalidError {
      reason
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"4f5d5595b3265e7696e39f5f25ec5e23a92de37fcde850243c410874f328078e"}) as unknown as TypedDocumentString<AcceptMutation, AcceptMutationVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    __typename
    ... on WebhookEndpoint {
      id
      url
      events
      secret
      enabled
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
    `, {"hash":"8f7ba8c08e9f5fbf8a111106aa3473c19cf6b23be43f030cfae4a3d31571f88e"}) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(endpointId: $id, input: $input) {
    __typename
    ... on WebhookEndpoint {
      id
      url
      events
      enabled
      disabledAt
      disabledReason
      consecutiveFailures
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
    `, {"hash":"ad2be9a0232d57bab5a95095172cd2bea3eab9fdea33692193b3e6f70148e7d5"}) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(endpointId: $id) {
    __typename
    ... on WebhookEndpoint {
      secret
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"38ae0c28a0f0be5a91a43d32248c20a16ac475da8d8a48822810f1e7f183dca7"}) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(endpointId: $id) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"577a82844aee244d4fbf3adab29baf934234f152d97eb91913b8ed6dbea00ba8"}) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const SendTestWebhookDocument = new TypedDocumentString(`
    mutation SendTestWebhook($id: ID!) {
  sendTestWebhook(endpointId: $id) {
    __typename
    ... on WebhookDelivery {
      id
      event
      status
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"0909dfbd08699dd1b0f7a8732782565e1f5bb0d0f55bf028884a33e08ab8de0a"}) as unknown as TypedDocumentString<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const RedeliverWebhookDocument = new TypedDocumentString(`
    mutation RedeliverWebhook($id: ID!) {
  redeliverWebhook(deliveryId: $id) {
    __typename
    ... on WebhookDelivery {
      id
      status
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"c774f4cd6b20ee9aca5044e3400df9e64351c6a39e9a4687665c555a20c6534c"}) as unknown as TypedDocumentString<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints {
  webhookEndpoints {
    id
    url
    events
    enabled
    disabledAt
    disabledReason
    consecutiveFailures
    deliveries(first: 20) {
      edges {
        node {
          id
          event
          status
          attemptCount
          body
          nextAttemptAt
          deliveredAt
          attempts {
            attempt
            statusCode
            error
            durationMs
            requestHeaders
            responseExcerpt
          }
        }
      }
    }
  }
}
    `, {"hash":"6c866c4414fd0d29c51c2743f6e63dc4c5dfff564c88e38846df4265e9dd4db9"}) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookNoticesDocument = new TypedDocumentString(`
    subscription WebhookNotices {
  webhookNotices {
    kind
    url
    reason
    endpoint {
      id
      enabled
    }
  }
}
    `, {"hash":"4110de9cb7ddb311560008b24a49386467ee587df1159557203e9d4f255ce941"}) as unknown as TypedDocumentString<WebhookNoticesSubscription, WebhookNoticesSubscriptionVariables>;