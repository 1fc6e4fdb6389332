/**
 * The chat's state: the conversation (history + live stream), outgoing messages, the assistant's
 * streaming draft, typing, the custom actions, and the calls that change them.
 */
import {
  WidgetActionsDocument,
  WidgetConversationEventsDocument,
  WidgetSendMessageDocument,
  WidgetSetTypingDocument,
  WidgetSubmitActionDocument,
  type ConversationStatus,
  type TypedDocumentString,
  type WidgetConversationEventsSubscription,
  type WidgetMessageFragment,
} from '../gql/graphql';
import { request, RequestError } from '../lib/request';
import type { ChatHost, WidgetSession } from '../lib/types';
import { live, type ConnectionState } from './socket';
import type { Action } from './validate';

export type Message = WidgetMessageFragment;
type StreamEvent = WidgetConversationEventsSubscription['conversationEvents'];

export interface Pending {
  clientId: string;
  body: string;
  failed: boolean;
  error: string;
}

interface JoinNotice {
  seq: number;
  text: string;
}

export type Item =
  | { kind: 'message'; key: string; message: Message }
  | { kind: 'notice'; key: string; text: string };

export type SubmitResult = { ok: true } | { ok: false; fieldErrors: Record<string, string>; formError: string };

/** Shown when the workspace has no enabled escalation action: asks for a person in words. */
export const fallbackEscalation: Action = {
  id: '',
  label: 'Talk to a human',
  intent: 'ESCALATE_TO_HUMAN',
  description: '',
  fields: [],
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function minutes(seconds: number): string {
  const n = Math.max(1, Math.ceil(seconds / 60));
  return `${n} minute${n === 1 ? '' : 's'}`;
}

export class Chat {
  workspaceName = $state('');
  greeting = $state('');
  targetSeconds = $state(300);
  conversationId = $state('');
  status = $state<ConversationStatus>('ASSISTANT');
  assigneeName = $state<string | null>(null);
  messages = $state.raw<Message[]>([]);
  pending = $state.raw<Pending[]>([]);
  draft = $state<{ id: string; text: string } | null>(null);
  typing = $state<string | null>(null);
  actions = $state.raw<Action[]>([]);
  connection = $state<ConnectionState>('connecting');
  isOpen = $state(false);
  /** A line under the transcript that is not derived from the status (e.g. a failed action). */
  note = $state('');
  private joins = $state.raw<JoinNotice[]>([]);

  /** The last stored sequence number seen on the stream: resubscriptions resume after it. */
  private lastSeq = 0;
  private unread = 0;
  private dropped = new Set<string>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private stream: { close(): void } | null = null;
  private typingSentAt = 0;
  private typingStop: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ChatHost) {
    this.load(host.session);
    void this.loadActions();
  }

  /** The transcript: stored messages and "X joined the chat" notices, by sequence number. */
  readonly items = $derived.by((): Item[] => {
    const items: Item[] = this.messages.map((message) => ({ kind: 'message', key: message.id, message }));
    for (const join of this.joins) {
      // The server posts its own "Anna joined the chat." right after the status change: show one.
      const posted = this.messages.some(
        (m) => m.authorKind === 'SYSTEM' && (m.seq === join.seq + 1 || m.body.startsWith(join.text)),
      );
      if (posted) continue;
      const at = items.findIndex((item) => item.kind === 'message' && item.message.seq > join.seq);
      items.splice(at === -1 ? items.length : at, 0, { kind: 'notice', key: `join-${join.seq}`, text: join.text });
    }
    return items;
  });

  readonly statusLine = $derived(
    this.status === 'QUEUED' ? `A teammate will join shortly — usually within ${minutes(this.targetSeconds)}` : this.note,
  );

  /** Actions for the row above the composer; an escalation to a person is always among them. */
  readonly rowActions = $derived(
    this.actions.some((a) => a.intent === 'ESCALATE_TO_HUMAN') ? this.actions : [...this.actions, fallbackEscalation],
  );

  private load(session: WidgetSession): void {
    const conversation = session.conversation;
    this.workspaceName = session.workspaceName;
    this.greeting = session.greeting;
    this.targetSeconds = session.responseTimeTargetSeconds;
    this.conversationId = conversation.id;
    this.status = conversation.status;
    this.assigneeName = conversation.assigneeName ?? null;
    this.messages = conversation.messages.edges.map((e) => e.node).filter((m) => !m.internal);
    this.pending = [];
    this.joins = [];
    this.draft = null;
    this.typing = null;
    this.note = '';
    this.lastSeq = conversation.lastSeq;
    this.stream?.close();
    this.stream = live<WidgetConversationEventsSubscription>({
      url: this.host.endpoint.replace(/^http/, 'ws'),
      query: String(WidgetConversationEventsDocument),
      token: () => this.host.token(),
      variables: () => ({ conversationId: this.conversationId, afterSeq: this.lastSeq }),
      onData: (data) => this.handle(data.conversationEvents),
      onState: (state) => {
        // Back online: messages that gave up meanwhile go out again (same clientId: stored once).
        if (state === 'online' && this.connection === 'reconnecting') {
          for (const p of this.pending) if (p.failed) this.retry(p.clientId);
        }
        this.connection = state;
        // Pieces streamed while we were away are lost: the stored reply will replace the draft.
        if (state === 'reconnecting' && this.draft) this.dropDraft();
      },
      onUnauthorized: () => this.renew(),
    });
  }

  /** A newer session (navigation, renewed token): a different conversation starts over. */
  update(session: WidgetSession): void {
    this.workspaceName = session.workspaceName;
    this.greeting = session.greeting;
    this.targetSeconds = session.responseTimeTargetSeconds;
    if (session.conversation.id !== this.conversationId) {
      this.load(session);
      void this.loadActions();
    }
  }

  private async renew(): Promise<void> {
    const session = await this.host.renewSession();
    if (session) this.update(session);
  }

  show(): void {
    this.isOpen = true;
    this.unread = 0;
    this.host.onUnread(0);
    if (this.actions.length === 0) void this.loadActions();
  }

  hide(): void {
    if (!this.isOpen) return;
    const focusInside = this.host.shadow.activeElement !== null;
    this.isOpen = false;
    this.host.onClose(focusInside);
  }

  private call<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
    return request(this.host.endpoint, document, variables, this.host.token());
  }

  /**
   * Runs a call, retrying network failures up to 3 times (the calls are idempotent: messages
   * carry a clientId) and renewing the session once if the token was refused.
   */
  private async withRetries<T>(run: () => Promise<T>): Promise<T> {
    let renewed = false;
    for (let retry = 0; ; retry++) {
      try {
        return await run();
      } catch (error) {
        if (error instanceof RequestError && error.status === 401 && !renewed) {
          renewed = true;
          await this.renew();
          retry--;
          continue;
        }
        if (!(error instanceof RequestError) || !error.retryable || retry >= 3) throw error;
        await wait(600 * 2 ** retry);
      }
    }
  }

  async loadActions(): Promise<void> {
    try {
      this.actions = (await this.withRetries(() => this.call(WidgetActionsDocument, {}))).customActions;
    } catch {
      // The row still offers the fallback escalation; retried on next open.
    }
  }

  // ---- The stream -------------------------------------------------------------------------------

  private handle(event: StreamEvent): void {
    if (event.kind === 'TYPING') {
      const typing = event.typing;
      if (!typing || typing.authorKind !== 'AGENT') return;
      clearTimeout(this.typingTimer);
      this.typing = typing.isTyping ? `${typing.name ?? 'A teammate'} is typing…` : null;
      if (typing.isTyping) this.typingTimer = setTimeout(() => (this.typing = null), 8000);
      return;
    }
    if (event.kind === 'ASSISTANT_DRAFT') {
      const piece = event.draft;
      if (!piece || this.dropped.has(piece.draftId)) return;
      this.draft =
        this.draft?.id === piece.draftId
          ? { id: piece.draftId, text: this.draft.text + piece.delta }
          : { id: piece.draftId, text: piece.delta };
      return;
    }
    // Stored events: each sequence number once (a resubscription replays from lastSeq).
    if (event.seq <= this.lastSeq) return;
    this.lastSeq = event.seq;
    const message = event.message;
    if (message) {
      if (message.authorKind === 'ASSISTANT' && this.draft) this.dropDraft();
      if (message.authorKind === 'AGENT') this.typing = null;
      this.add(message);
      if (!this.isOpen && (message.authorKind === 'AGENT' || message.authorKind === 'ASSISTANT')) {
        this.host.onUnread(++this.unread);
      }
    }
    const change = event.status;
    if (change) {
      this.status = change.status;
      this.assigneeName = change.assigneeName ?? null;
      this.note = '';
      // A take-over aborts the assistant's reply: drop what was streamed of it.
      if (change.change !== 'HANDOFF_REQUESTED' && this.draft) this.dropDraft();
      if ((change.change === 'TAKEN_OVER' || change.change === 'REASSIGNED') && change.assigneeName) {
        this.joins = [...this.joins, { seq: event.seq, text: `${change.assigneeName} joined the chat` }];
      }
    }
  }

  private dropDraft(): void {
    if (this.draft) this.dropped.add(this.draft.id);
    this.draft = null;
  }

  private add(message: Message): void {
    if (message.internal || this.messages.some((m) => m.id === message.id)) return;
    const next = [...this.messages, message].sort((a, b) => a.seq - b.seq);
    this.messages = next;
    if (message.clientId && this.pending.some((p) => p.clientId === message.clientId)) {
      this.pending = this.pending.filter((p) => p.clientId !== message.clientId);
    }
  }

  // ---- Writing ----------------------------------------------------------------------------------

  /** Sends a message (shown at once, confirmed when stored); retries keep its clientId. */
  send(text: string): void {
    const body = text.trim();
    if (!body) return;
    const pending: Pending = { clientId: randomId(), body, failed: false, error: '' };
    this.pending = [...this.pending, pending];
    this.stopTyping();
    void this.deliver(pending);
  }

  retry(clientId: string): void {
    const pending = this.pending.find((p) => p.clientId === clientId);
    if (!pending) return;
    const again = { ...pending, failed: false, error: '' };
    this.pending = this.pending.map((p) => (p.clientId === clientId ? again : p));
    void this.deliver(again);
  }

  private async deliver(pending: Pending): Promise<void> {
    const fail = (error: string) => {
      this.pending = this.pending.map((p) => (p.clientId === pending.clientId ? { ...p, failed: true, error } : p));
    };
    try {
      const result = (
        await this.withRetries(() =>
          this.call(WidgetSendMessageDocument, {
            input: { conversationId: this.conversationId, body: pending.body, clientId: pending.clientId },
          }),
        )
      ).sendMessage;
      if (result.__typename === 'SendMessagePayload') this.add(result.sentMessage);
      else fail(result.__typename === 'ValidationError' ? (result.fieldErrors[0]?.message ?? result.message) : result.message);
    } catch {
      fail('Not sent: check your connection.');
    }
  }

  /** Presses an action: validated values are checked again by the server. */
  async submit(action: Action, values: Record<string, string>): Promise<SubmitResult> {
    if (!action.id) {
      this.send("I'd like to talk to a human, please.");
      return { ok: true };
    }
    try {
      const result = (
        await this.withRetries(() =>
          this.call(WidgetSubmitActionDocument, {
            input: {
              conversationId: this.conversationId,
              actionId: action.id,
              values: action.fields.map((f) => ({ key: f.key, value: (values[f.key] ?? '').trim() })),
            },
          }),
        )
      ).submitAction;
      switch (result.__typename) {
        case 'HandoffPayload': {
          const { status, assigneeName } = result.conversation;
          // The stream says so too; this covers a slow or reconnecting socket.
          if (this.status === 'ASSISTANT' || this.status === 'RESOLVED') this.status = status;
          if (status === 'ASSIGNED') this.note = `${assigneeName ?? 'A teammate'} is already in this chat.`;
          return { ok: true };
        }
        case 'ValidationError': {
          const fieldErrors: Record<string, string> = {};
          const other: string[] = [];
          for (const { path, message } of result.fieldErrors) {
            const key = path.startsWith('values.') ? path.slice(7) : '';
            if (key && action.fields.some((f) => f.key === key)) fieldErrors[key] ??= message;
            else other.push(message);
          }
          // Errors for fields this form does not have: the action changed since it was loaded.
          if (other.length > 0) void this.loadActions();
          return { ok: false, fieldErrors, formError: other.join(' ') || (Object.keys(fieldErrors).length ? '' : result.message) };
        }
        case 'NotFoundError':
          void this.loadActions();
          return { ok: false, fieldErrors: {}, formError: 'This action is no longer available.' };
        default:
          return { ok: false, fieldErrors: {}, formError: result.message };
      }
    } catch {
      return { ok: false, fieldErrors: {}, formError: 'Could not send: check your connection and try again.' };
    }
  }

  /** Lets the team see the visitor typing (only when a person is or will be reading). */
  typed(): void {
    if (this.status !== 'QUEUED' && this.status !== 'ASSIGNED') return;
    clearTimeout(this.typingStop);
    this.typingStop = setTimeout(() => this.stopTyping(), 4000);
    if (Date.now() - this.typingSentAt < 3000) return;
    this.typingSentAt = Date.now();
    void this.call(WidgetSetTypingDocument, { conversationId: this.conversationId, isTyping: true }).catch(() => {});
  }

  private stopTyping(): void {
    clearTimeout(this.typingStop);
    if (!this.typingSentAt) return;
    this.typingSentAt = 0;
    void this.call(WidgetSetTypingDocument, { conversationId: this.conversationId, isTyping: false }).catch(() => {});
  }
}
