/**
 * What a client makes of a conversation's live stream (`conversationEvents`), as a pure reducer:
 * the stored messages in sequence order, each once (a resubscription with `afterSeq` may replay
 * an overlap; a sent message may arrive both as the mutation's answer and on the stream), the
 * assistant's reply while it streams in, who is typing, and the ownership the stream reported.
 *
 * `applyEvent(state, event, reader)` returns the next state (the same object when nothing
 * changed) and what it added, so the caller can count unread replies, scroll, or refetch.
 * Timers stay with the caller: expire a typing indicator with `clearTyping` after
 * `typingTimeoutMs` without news.
 */

export type AuthorKind = 'VISITOR' | 'ASSISTANT' | 'AGENT' | 'SYSTEM';
export type ConversationStatus = 'ASSISTANT' | 'QUEUED' | 'ASSIGNED' | 'RESOLVED';

/** What the reducer reads of a message (the client's own message type extends it). */
export interface StreamMessage {
  id: string;
  seq: number;
  authorKind: AuthorKind;
  internal: boolean;
  clientId?: string | null;
}

export interface StatusChange {
  /** TAKEN_OVER, RELEASED, HANDOFF_REQUESTED, … */
  change: string;
  status: ConversationStatus;
  assigneeName?: string | null;
}

export interface TypingSignal {
  authorKind: AuthorKind;
  name?: string | null;
  isTyping: boolean;
}

export interface DraftPiece {
  draftId: string;
  delta: string;
}

/** One event of the stream, as the `conversationEvents` subscription delivers it. */
export interface StreamEvent<M extends StreamMessage> {
  /** The stored sequence number (drafts and typing are not stored: they repeat the last one). */
  seq: number;
  kind: string;
  message?: M | null;
  status?: StatusChange | null;
  typing?: TypingSignal | null;
  draft?: DraftPiece | null;
}

export interface Draft {
  id: string;
  text: string;
}

export interface Typing {
  authorKind: AuthorKind;
  name: string | null;
}

export interface StreamState<M extends StreamMessage> {
  /** The last stored sequence number applied: resubscribe with `afterSeq` = this. */
  lastSeq: number;
  /** Stored messages in sequence order, each once. */
  messages: readonly M[];
  /** The assistant's reply as it streams in; replaced by the stored message. */
  draft: Draft | null;
  /** Drafts that were dropped (taken over, or pieces lost in a reconnect): later pieces are ignored. */
  droppedDrafts: readonly string[];
  typing: Typing | null;
  status: ConversationStatus;
  assigneeName: string | null;
}

/** Who is reading the stream: what they are shown. */
export interface StreamReader {
  /** Whose typing is shown: the visitor sees the team's (AGENT), the team the visitor's. */
  typingOf: AuthorKind;
  /** Internal notes (the team's only). */
  internal: boolean;
}

export const visitorReader: StreamReader = { typingOf: 'AGENT', internal: false };
export const agentReader: StreamReader = { typingOf: 'VISITOR', internal: true };

/** How long a typing indicator stays without news. */
export const typingTimeoutMs = 8000;

export interface StreamStep<M extends StreamMessage> {
  state: StreamState<M>;
  /** The message this event added (null when it added none, e.g. a replayed one). */
  added: M | null;
  /** The ownership change this event applied. */
  statusChange: StatusChange | null;
}

export interface StreamStart<M extends StreamMessage> {
  lastSeq: number;
  messages: readonly M[];
  status: ConversationStatus;
  assigneeName?: string | null;
}

/** The state after loading the conversation (its history up to `lastSeq`). */
export function startStream<M extends StreamMessage>(start: StreamStart<M>, reader: StreamReader): StreamState<M> {
  return {
    lastSeq: start.lastSeq,
    messages: inOrder(start.messages.filter((m) => reader.internal || !m.internal)),
    draft: null,
    droppedDrafts: [],
    typing: null,
    status: start.status,
    assigneeName: start.assigneeName ?? null,
  };
}

/**
 * Whether a client that applied every stored event up to `lastSeq` should take `event`: stored
 * events (messages, status changes) each sequence number once — a resubscription with
 * `afterSeq` may replay an overlap — while typing and draft pieces are live only (they repeat
 * the last seq and are never replayed).
 */
export function isNewEvent(lastSeq: number, event: { seq: number; kind: string }): boolean {
  return isLiveOnly(event) || event.seq > lastSeq;
}

/** Typing indicators and assistant draft pieces: not stored, never replayed, no seq of their own. */
export function isLiveOnly(event: { kind: string }): boolean {
  return event.kind === 'TYPING' || event.kind === 'ASSISTANT_DRAFT';
}

export function applyEvent<M extends StreamMessage>(
  state: StreamState<M>,
  event: StreamEvent<M>,
  reader: StreamReader,
): StreamStep<M> {
  const unchanged = { state, added: null, statusChange: null };
  if (event.kind === 'TYPING')
    return event.typing ? { ...unchanged, state: applyTyping(state, event.typing, reader) } : unchanged;
  if (event.kind === 'ASSISTANT_DRAFT')
    return event.draft ? { ...unchanged, state: applyDraft(state, event.draft) } : unchanged;
  if (!isNewEvent(state.lastSeq, event)) return unchanged;
  let next: StreamState<M> = { ...state, lastSeq: event.seq };
  let added: M | null = null;
  if (event.message) {
    const before = next.messages;
    next = addMessage(withMessageEffects(next, event.message, reader), event.message, reader);
    if (next.messages !== before) added = event.message;
  }
  const statusChange = event.status ?? null;
  if (statusChange) next = applyStatus(next, statusChange);
  return { state: next, added, statusChange };
}

/** A stored message the stream or a mutation's answer brought: added once, in sequence order. */
export function addMessage<M extends StreamMessage>(
  state: StreamState<M>,
  message: M,
  reader: StreamReader,
): StreamState<M> {
  if ((message.internal && !reader.internal) || state.messages.some((m) => m.id === message.id)) return state;
  return { ...state, messages: inOrder([...state.messages, message]) };
}

/** Drops the streaming draft; pieces of it that still arrive are ignored. */
export function dropDraft<M extends StreamMessage>(state: StreamState<M>): StreamState<M> {
  if (!state.draft) return state;
  return { ...state, draft: null, droppedDrafts: [...state.droppedDrafts, state.draft.id] };
}

/** Ownership another source reported (a mutation's answer, when the stream may be late). */
export function setOwnership<M extends StreamMessage>(
  state: StreamState<M>,
  status: ConversationStatus,
  assigneeName: string | null = state.assigneeName,
): StreamState<M> {
  return status === state.status && assigneeName === state.assigneeName ? state : { ...state, status, assigneeName };
}

export function clearTyping<M extends StreamMessage>(state: StreamState<M>): StreamState<M> {
  return state.typing ? { ...state, typing: null } : state;
}

function inOrder<M extends StreamMessage>(messages: M[]): M[] {
  return messages.sort((a, b) => a.seq - b.seq);
}

function applyTyping<M extends StreamMessage>(
  state: StreamState<M>,
  typing: TypingSignal,
  reader: StreamReader,
): StreamState<M> {
  if (typing.authorKind !== reader.typingOf) return state;
  return { ...state, typing: typing.isTyping ? { authorKind: typing.authorKind, name: typing.name ?? null } : null };
}

function applyDraft<M extends StreamMessage>(state: StreamState<M>, piece: DraftPiece): StreamState<M> {
  if (state.droppedDrafts.includes(piece.draftId)) return state;
  const text = state.draft?.id === piece.draftId ? state.draft.text + piece.delta : piece.delta;
  return { ...state, draft: { id: piece.draftId, text } };
}

/** The stored reply replaces the draft; a reply stops its author's typing indicator. */
function withMessageEffects<M extends StreamMessage>(
  state: StreamState<M>,
  message: M,
  reader: StreamReader,
): StreamState<M> {
  let next = message.authorKind === 'ASSISTANT' ? dropDraft(state) : state;
  if (message.authorKind === reader.typingOf) next = clearTyping(next);
  return next;
}

/** Any ownership change but a handoff request aborts the assistant's reply: drop its draft. */
function applyStatus<M extends StreamMessage>(state: StreamState<M>, change: StatusChange): StreamState<M> {
  const next = { ...state, status: change.status, assigneeName: change.assigneeName ?? null };
  return change.change === 'HANDOFF_REQUESTED' ? next : dropDraft(next);
}
