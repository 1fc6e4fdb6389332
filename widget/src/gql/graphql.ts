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
  /** An ISO-8601 timestamp. */
  DateTime: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** A team member of a workspace. */
export type Agent = Node & {
  __typename?: 'Agent';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: AgentRole;
  workspace: Workspace;
};

/** OWNER: one per workspace. ADMIN: manages team and settings. AGENT: answers conversations. */
export type AgentRole =
  | 'ADMIN'
  | 'AGENT'
  | 'OWNER';

/** A new session. Send the token as `Authorization: Bearer <token>` (HTTP) or as `connectionParams.authorization` (WebSocket). */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  agent: Agent;
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
};

/** Not signed in, or the token is no longer valid. */
export type AuthenticationError = Error & {
  __typename?: 'AuthenticationError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** An account with this email already exists. */
export type EmailTakenError = Error & {
  __typename?: 'EmailTakenError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Implemented by every typed error a mutation can return. */
export type Error = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** One invalid input field. */
export type FieldError = {
  __typename?: 'FieldError';
  message: Scalars['String']['output'];
  /** Dotted path of the field, e.g. `input.email`. */
  path: Scalars['String']['output'];
};

/** The viewer's role or scopes do not allow this. */
export type ForbiddenError = Error & {
  __typename?: 'ForbiddenError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Wrong email or password (the same error for both). */
export type InvalidCredentialsError = Error & {
  __typename?: 'InvalidCredentialsError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The request is not allowed in the current state. */
export type InvalidOperationError = Error & {
  __typename?: 'InvalidOperationError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** An invitation for someone to join the workspace as a team member. */
export type Invitation = Node & {
  __typename?: 'Invitation';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedBy?: Maybe<Agent>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: AgentRole;
};

/** The invitation cannot be used. */
export type InvitationInvalidError = Error & {
  __typename?: 'InvitationInvalidError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  reason: InvitationProblem;
};

export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  invitation: Invitation;
  /** The secret; shown only now. */
  token: Scalars['String']['output'];
  /** The link to send to the invitee. */
  url: Scalars['String']['output'];
};

/** What the accept-invitation screen shows before the invitee sets a password. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  role: AgentRole;
  workspaceName: Scalars['String']['output'];
};

export type InvitationProblem =
  | 'ALREADY_ACCEPTED'
  | 'EXPIRED'
  | 'NOT_FOUND'
  | 'REVOKED';

export type InviteAgentInput = {
  email: Scalars['String']['input'];
  /** ADMIN or AGENT. */
  role?: InputMaybe<AgentRole>;
};

export type LogInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LogOutPayload = {
  __typename?: 'LogOutPayload';
  ok: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Join a workspace: set your name and password; returns a session. */
  acceptInvitation: MutationAcceptInvitationResult;
  /** Make a member ADMIN or AGENT (owner/admin only). */
  changeAgentRole: MutationChangeAgentRoleResult;
  /** Sign a member out everywhere and block their access (owner/admin only). */
  deactivateAgent: MutationDeactivateAgentResult;
  /** Invite someone by email; returns the link to send them (owner/admin only). */
  inviteAgent: MutationInviteAgentResult;
  logIn: MutationLogInResult;
  /** End the current session; its token stops working everywhere. */
  logOut: MutationLogOutResult;
  /** Restore a deactivated member (owner/admin only). */
  reactivateAgent: MutationReactivateAgentResult;
  revokeInvitation: MutationRevokeInvitationResult;
  /** Create a workspace and its owner; returns a session. */
  signUp: MutationSignUpResult;
  /** Change workspace settings (owner/admin only). */
  updateWorkspace: MutationUpdateWorkspaceResult;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationChangeAgentRoleArgs = {
  agentId: Scalars['ID']['input'];
  role: AgentRole;
};


export type MutationDeactivateAgentArgs = {
  agentId: Scalars['ID']['input'];
};


export type MutationInviteAgentArgs = {
  input: InviteAgentInput;
};


export type MutationLogInArgs = {
  input: LogInInput;
};


export type MutationReactivateAgentArgs = {
  agentId: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationUpdateWorkspaceArgs = {
  input: UpdateWorkspaceInput;
};

export type MutationAcceptInvitationResult = AuthPayload | EmailTakenError | InvitationInvalidError | ValidationError;

export type MutationChangeAgentRoleResult = Agent | AuthenticationError | ForbiddenError | InvalidOperationError | NotFoundError | ValidationError;

export type MutationDeactivateAgentResult = Agent | AuthenticationError | ForbiddenError | InvalidOperationError | NotFoundError | ValidationError;

export type MutationInviteAgentResult = AuthenticationError | EmailTakenError | ForbiddenError | InvitationPayload | ValidationError;

export type MutationLogInResult = AuthPayload | InvalidCredentialsError | ValidationError;

export type MutationLogOutResult = AuthenticationError | LogOutPayload;

export type MutationReactivateAgentResult = Agent | AuthenticationError | ForbiddenError | InvalidOperationError | NotFoundError | ValidationError;

export type MutationRevokeInvitationResult = AuthenticationError | ForbiddenError | Invitation | InvitationInvalidError | NotFoundError | ValidationError;

export type MutationSignUpResult = AuthPayload | EmailTakenError | ValidationError;

export type MutationUpdateWorkspaceResult = AuthenticationError | ForbiddenError | ValidationError | Workspace;

export type Node = {
  id: Scalars['ID']['output'];
};

/** No such object in your workspace. */
export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  code: Scalars['String']['output'];
  entity: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Preview an invitation by its secret token (no sign-in needed). */
  invitation: QueryInvitationResult;
  node?: Maybe<Node>;
  /** The signed-in agent, or null when signed out. */
  viewer?: Maybe<Agent>;
  /** The signed-in agent's workspace. */
  workspace: Workspace;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryInvitationResult = InvitationInvalidError | InvitationPreview;

export type SignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  workspaceName: Scalars['String']['input'];
};

export type UpdateWorkspaceInput = {
  /** e.g. `https://shop.example.com`. Empty list: any origin may embed the widget. */
  allowedOrigins?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Seconds from a handoff request to the first human reply (30 s to 7 days). */
  responseTimeTargetSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The input was rejected; nothing was written. */
export type ValidationError = Error & {
  __typename?: 'ValidationError';
  code: Scalars['String']['output'];
  fieldErrors: Array<FieldError>;
  message: Scalars['String']['output'];
};

/** A company using Baton: its team, settings, widget and conversations. */
export type Workspace = Node & {
  __typename?: 'Workspace';
  /** Team members, oldest first. */
  agents: WorkspaceAgentsConnection;
  /** Origins allowed to embed the widget; empty means any origin. */
  allowedOrigins: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Invitations not yet accepted, revoked or expired (owner/admin only). */
  pendingInvitations: WorkspacePendingInvitationsConnection;
  /** The key the widget embeds (`data-workspace`). Public by design. */
  publicKey: Scalars['String']['output'];
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

export type WorkspaceAgentsConnection = {
  __typename?: 'WorkspaceAgentsConnection';
  edges: Array<WorkspaceAgentsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkspaceAgentsConnectionEdge = {
  __typename?: 'WorkspaceAgentsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Agent;
};

export type WorkspacePendingInvitationsConnection = {
  __typename?: 'WorkspacePendingInvitationsConnection';
  edges: Array<WorkspacePendingInvitationsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkspacePendingInvitationsConnectionEdge = {
  __typename?: 'WorkspacePendingInvitationsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Invitation;
};

export type WidgetPingQueryVariables = Exact<{ [key: string]: never; }>;


export type WidgetPingQuery = { __typename: 'Query' };

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

export const WidgetPingDocument = new TypedDocumentString(`
    query WidgetPing {
  __typename
}
    `) as unknown as TypedDocumentString<WidgetPingQuery, WidgetPingQueryVariables>;