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

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { __typename?: 'Mutation', logIn:
    | { __typename: 'AuthPayload', token: string, expiresAt: string }
    | { __typename: 'InvalidCredentialsError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp:
    | { __typename: 'AuthPayload', token: string, expiresAt: string }
    | { __typename: 'EmailTakenError', message: string }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Agent', id: string, name: string, email: string, role: AgentRole, workspace: { __typename?: 'Workspace', id: string, name: string } } | null };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { __typename?: 'Mutation', logOut:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'LogOutPayload', ok: boolean }
   };


export const LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCredentialsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailTakenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogOutPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthenticationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;