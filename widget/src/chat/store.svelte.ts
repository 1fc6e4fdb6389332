/**
 * The chat's state: the conversation (history + live stream, reduced by client-core's
 * conversation-stream), outgoing messages, the custom actions, and the calls that change them.
 */
import {
  addMessage,
  applyEvent,
  clearTyping,
  dropDraft,
  setOwnership,
  startStream,
  typingTimeoutMs,
  visitorReader,
  type StreamState,
} from '@baton/client-core/conversation-stream';
import { joinedLabel, typingLabel } from '@baton/client-core/labels';
import { LiveConnection, type ConnectionState } from '@baton/client-core/live-connection';
import { persistedQuery } from '@baton/client-core/persisted-documents';
import { browserWake } from '@baton/client-core/wake-signals';
import {
  WidgetActionsDocument,
  WidgetConversationEventsDocument,
  WidgetExpectedWaitDocument,
  WidgetSendMessageDocument,
  WidgetSetTypingDocument,
  WidgetSubmitActionDocument,
  type TypedDocumentString,
  type WidgetConversationEventsSubscription,
} from '../gql/graphql';
import { request, RequestError } from '../lib/request';
import type { ChatHost, WidgetSession } from '../lib/types';
import { rowActions, submitErrors, type Action, type SubmitResult } from './actions';
import { ExpectedWaitHint, waitLabel } from './expected-wait.svelte';
import { withRetries } from './retry';
import { currentOffer } from './offer';
import { transcript, type JoinNotice, type Message } from './transcript';

export type { Message };
type StreamEvent = WidgetConversationEventsSubscription['conversationEvents'];

export interface Pending {
  clientId: string;
  body: string;
  failed: boolean;
  error: string;
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const emptyStream = startStream<Message>({ lastSeq: 0, messages: [], status: 'ASSISTANT' }, visitorReader);

export class Chat {
  workspaceName = $state('');
  greeting = $state('');
  targetSeconds = $state(300);
  conversationId = $state('');
  pending = $state.raw<Pending[]>([]);
  actions = $state.raw<Action[]>([]);
  connection = $state<ConnectionState>('connecting');
  isOpen = $state(false);
  /** A line under the transcript that is not derived from the status (e.g. a failed action). */
  note = $state('');
  #stream = $state.raw<StreamState<Message>>(emptyStream);
  #joins = $state.raw<JoinNotice[]>([]);

  #unread = 0;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #live: LiveConnection | null = null;
  #typingSentAt = 0;
  #typingStop: ReturnType<typeof setTimeout> | undefined;

  readonly #host: ChatHost;

  constructor(host: ChatHost) {
    this.#host = host;
    this.#load(host.session);
    void this.loadActions();
  }

  readonly status = $derived(this.#stream.status);
  readonly assigneeName = $derived(this.#stream.assigneeName);
  readonly messages = $derived(this.#stream.messages);
  /** The assistant's reply as it streams in. */
  readonly draft = $derived(this.#stream.draft);
  readonly typing = $derived(this.#stream.typing && typingLabel(this.#stream.typing));

  /** The transcript: stored messages and "X joined the chat" notices, by sequence number. */
  readonly items = $derived(transcript(this.messages, this.#joins));

  /** Who is there to answer, from the API (expected-wait.svelte.ts). */
  readonly wait = new ExpectedWaitHint(async () => {
    const { node } = await this.#call(WidgetExpectedWaitDocument, { id: this.conversationId });
    return node && 'expectedWait' in node ? (node.expectedWait ?? null) : null;
  });

  readonly statusLine = $derived(this.status === 'QUEUED' ? waitLabel(this.wait.current) : this.note);

  /**
   * The assistant's latest message of the current course, whose suggested actions are shown as
   * chips under it (older messages, and any before a notice such as a resolve, offer none).
   */
  readonly offer = $derived(currentOffer(this.messages, this.status));

  /** Actions offered under `offer`, in its order. */
  readonly offered = $derived.by(() => {
    const ids = this.offer?.suggestedActionIds ?? [];
    return ids.flatMap((id) => this.actions.find((a) => a.id === id) ?? []);
  });

  /**
   * Actions for the row above the composer: those that make sense now (no escalation once the
   * team has the chat) and not already offered as chips — each button appears once.
   */
  readonly rowActions = $derived(rowActions(this.actions, this.status, this.offered));

  #load(session: WidgetSession): void {
    const conversation = session.conversation;
    this.workspaceName = session.workspaceName;
    this.greeting = session.greeting;
    this.targetSeconds = session.responseTimeTargetSeconds;
    this.conversationId = conversation.id;
    this.#stream = startStream(
      {
        lastSeq: conversation.lastSeq,
        messages: conversation.messages.edges.map((e) => e.node),
        status: conversation.status,
        assigneeName: conversation.assigneeName,
      },
      visitorReader,
    );
    // Messages typed while the session was being renewed were meant for this chat: they go here.
    const unsent = this.pending;
    this.pending = [];
    this.#joins = [];
    this.note = '';
    this.#listen();
    this.wait.follow(conversation.status);
    for (const p of unsent) {
      this.pending = [...this.pending, p];
      if (!p.failed) void this.#deliver(p);
    }
  }

  /** A connection of its own per conversation (the visitor token may have changed with it). */
  #listen(): void {
    this.#live?.close();
    const live = new LiveConnection({
      url: this.#host.endpoint.replace(/^http/, 'ws'),
      openSocket: (url, protocol) => new WebSocket(url, protocol),
      connectionParams: () => ({ authorization: `Bearer ${this.#host.token()}` }),
      onState: (state) => this.#connectionChanged(state),
      onUnauthorized: () => this.#renew(),
      watchWake: browserWake(window),
    });
    this.#live = live;
    this.connection = live.state;
    live.subscribe<WidgetConversationEventsSubscription>({
      extensions: persistedQuery(WidgetConversationEventsDocument),
      variables: () => ({ conversationId: this.conversationId, afterSeq: this.#stream.lastSeq }),
      onData: (data) => this.#handle(data.conversationEvents),
    });
  }

  #connectionChanged(state: ConnectionState): void {
    // Back online: messages that gave up meanwhile go out again (same clientId: stored once).
    if (state === 'online' && this.connection === 'reconnecting') {
      for (const p of this.pending) if (p.failed) this.retry(p.clientId);
    }
    this.connection = state;
    // Pieces streamed while we were away are lost: the stored reply will replace the draft.
    if (state === 'reconnecting') this.#stream = dropDraft(this.#stream);
  }

  /** A newer session (navigation, renewed token): a different conversation starts over. */
  update(session: WidgetSession): void {
    this.workspaceName = session.workspaceName;
    this.greeting = session.greeting;
    this.targetSeconds = session.responseTimeTargetSeconds;
    if (session.conversation.id !== this.conversationId) {
      this.#load(session);
      void this.loadActions();
    }
  }

  async #renew(): Promise<void> {
    const session = await this.#host.renewSession();
    if (session) this.update(session);
  }

  show(): void {
    this.isOpen = true;
    this.#unread = 0;
    this.#host.onUnread(0);
    if (this.actions.length === 0) void this.loadActions();
  }

  hide(): void {
    if (!this.isOpen) return;
    const focusInside = this.#host.shadow.activeElement !== null;
    this.isOpen = false;
    this.#host.onClose(focusInside);
  }

  /**
   * A call with the visitor token, retried (see retry.ts); `unavailable` turns an answer that
   * says "try again later" (a typed error) into a retryable failure.
   */
  #call<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    unavailable: (result: TResult) => RequestError | null = () => null,
  ): Promise<TResult> {
    return withRetries(
      async () => {
        const result = await request(this.#host.endpoint, document, variables, this.#host.token());
        const failure = unavailable(result);
        if (failure) throw failure;
        return result;
      },
      () => this.#renew(),
    );
  }

  async loadActions(): Promise<void> {
    try {
      this.actions = (await this.#call(WidgetActionsDocument, {})).customActions;
    } catch {
      // The row still offers the fallback escalation; retried on next open.
    }
  }

  // ---- The stream -------------------------------------------------------------------------------

  #handle(event: StreamEvent): void {
    const before = this.#stream;
    const { state, added, statusChange } = applyEvent(before, event, visitorReader);
    this.#stream = state;
    if (state.typing !== before.typing) {
      clearTimeout(this.#typingTimer);
      if (state.typing)
        this.#typingTimer = setTimeout(() => (this.#stream = clearTyping(this.#stream)), typingTimeoutMs);
    }
    if (added) {
      this.#confirm(added);
      if (!this.isOpen && (added.authorKind === 'AGENT' || added.authorKind === 'ASSISTANT'))
        this.#host.onUnread(++this.#unread);
    }
    if (statusChange) {
      this.note = '';
      this.wait.follow(state.status);
      if ((statusChange.change === 'TAKEN_OVER' || statusChange.change === 'REASSIGNED') && statusChange.assigneeName) {
        this.#joins = [...this.#joins, { seq: event.seq, text: joinedLabel(statusChange.assigneeName) }];
      }
    }
  }

  /** A stored message answers the pending one with its clientId. */
  #confirm(message: Message): void {
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
    this.#stopTyping();
    void this.#deliver(pending);
  }

  retry(clientId: string): void {
    const pending = this.pending.find((p) => p.clientId === clientId);
    if (!pending) return;
    const again = { ...pending, failed: false, error: '' };
    this.pending = this.pending.map((p) => (p.clientId === clientId ? again : p));
    void this.#deliver(again);
  }

  async #deliver(pending: Pending): Promise<void> {
    const fail = (error: string) => {
      this.pending = this.pending.map((p) => (p.clientId === pending.clientId ? { ...p, failed: true, error } : p));
    };
    const conversationId = this.conversationId;
    try {
      const input = { conversationId, body: pending.body, clientId: pending.clientId };
      // A database outage answers ServiceUnavailableError: sent again (same clientId) like a 503.
      const { sendMessage: result } = await this.#call(WidgetSendMessageDocument, { input }, ({ sendMessage: r }) =>
        r.__typename === 'ServiceUnavailableError' ? new RequestError(r.message, 503, r.retryAfterSeconds) : null,
      );
      // The chat changed meanwhile (a renewed session): #load sent the message there again.
      if (conversationId !== this.conversationId) return;
      if (result.__typename === 'SendMessagePayload') {
        this.#stream = addMessage(this.#stream, result.sentMessage, visitorReader);
        this.#confirm(result.sentMessage);
      } else {
        fail(
          result.__typename === 'ValidationError' ? (result.fieldErrors[0]?.message ?? result.message) : result.message,
        );
      }
    } catch {
      if (conversationId === this.conversationId) fail('Not sent: check your connection.');
    }
  }

  /** Presses an action: validated values are checked again by the server. */
  async submit(action: Action, values: Record<string, string>): Promise<SubmitResult> {
    if (!action.id) {
      this.send("I'd like to talk to a human, please.");
      return { ok: true };
    }
    const input = {
      conversationId: this.conversationId,
      actionId: action.id,
      values: action.fields.map((f) => ({ key: f.key, value: (values[f.key] ?? '').trim() })),
    };
    try {
      const result = (await this.#call(WidgetSubmitActionDocument, { input })).submitAction;
      switch (result.__typename) {
        case 'HandoffPayload': {
          // The stream says so too (and brings the submission as the visitor's own message);
          // this covers a slow or reconnecting socket.
          const { status } = result.conversation;
          if (this.status === 'ASSISTANT' || this.status === 'RESOLVED')
            this.#stream = setOwnership(this.#stream, status);
          return { ok: true };
        }
        case 'ValidationError': {
          const { result: failed, stale } = submitErrors(action, result);
          if (stale) void this.loadActions();
          return failed;
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
    clearTimeout(this.#typingStop);
    this.#typingStop = setTimeout(() => this.#stopTyping(), 4000);
    if (Date.now() - this.#typingSentAt < 3000) return;
    this.#typingSentAt = Date.now();
    this.#setTyping(true);
  }

  #stopTyping(): void {
    clearTimeout(this.#typingStop);
    if (!this.#typingSentAt) return;
    this.#typingSentAt = 0;
    this.#setTyping(false);
  }

  /** Not retried: a lost typing signal does not matter. */
  #setTyping(isTyping: boolean): void {
    const variables = { conversationId: this.conversationId, isTyping };
    void request(this.#host.endpoint, WidgetSetTypingDocument, variables, this.#host.token()).catch(() => {});
  }
}
