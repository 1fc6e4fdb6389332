/**
 * @baton/client-core, the rules the widget, the inbox and the API share: action-field checks,
 * the conversation-stream reducer, the resumable live connection (over a fake socket and fake
 * timers), backoff and labels.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  actionLimits,
  defaultMaxLength,
  fieldControl,
  fieldProblem,
  fieldProblems,
  maxLengthOf,
  type FieldRules,
} from '../../packages/client-core/src/action-fields.ts';
import { backoffDelay, reconnectBackoff } from '../../packages/client-core/src/backoff.ts';
import {
  addMessage,
  agentReader,
  applyEvent,
  clearTyping,
  dropDraft,
  setOwnership,
  startStream,
  visitorReader,
  type StreamEvent,
  type StreamMessage,
  type StreamState,
} from '../../packages/client-core/src/conversation-stream.ts';
import { handoffReason, joinedLabel, minutesLabel, typingLabel } from '../../packages/client-core/src/labels.ts';
import {
  LiveConnection,
  type ConnectionState,
  type SocketLike,
} from '../../packages/client-core/src/live-connection.ts';
import { browserWake } from '../../packages/client-core/src/wake-signals.ts';

const field = (overrides: Partial<FieldRules> = {}): FieldRules => ({
  label: 'Order number',
  type: 'SHORT_TEXT',
  required: false,
  maxLength: null,
  options: [],
  ...overrides,
});

describe('action fields', () => {
  it('an empty value is a problem only for a required field (after trimming)', () => {
    expect(fieldProblem(field(), '   ')).toBeNull();
    expect(fieldProblem(field({ required: true }), '  ')).toBe('Order number is required');
  });

  it('lengths: the field’s own limit, else the default of its type', () => {
    expect(maxLengthOf(field({ type: 'EMAIL' }))).toBe(254);
    expect(maxLengthOf(field({ maxLength: 12 }))).toBe(12);
    expect(fieldProblem(field({ maxLength: 3 }), ' abcd ')).toBe('Order number must be at most 3 characters');
    expect(fieldProblem(field(), 'x'.repeat(defaultMaxLength.SHORT_TEXT))).toBeNull();
    expect(fieldProblem(field(), 'x'.repeat(defaultMaxLength.SHORT_TEXT + 1))).toMatch(/at most 200/);
    expect(defaultMaxLength.LONG_TEXT).toBe(actionLimits.fieldMaxLength);
  });

  it.each([
    ['NUMBER', '-12.5', null],
    ['NUMBER', '12,5', 'Amount must be a number'],
    ['EMAIL', 'ana.b+1@example.co.uk', null],
    ['EMAIL', 'ana@example', 'Amount must be an email address'],
    ['EMAIL', 'ana..b@example.com', 'Amount must be an email address'],
    ['PHONE', '+44 (20) 7946-0018', null],
    ['PHONE', '12-3', 'Amount must be a phone number'],
    ['LONG_TEXT', 'anything\nat all', null],
  ] as const)('%s %j → %s', (type, value, problem) => {
    expect(fieldProblem(field({ label: 'Amount', type }), value)).toBe(problem);
  });

  it('a single choice must be one of its options', () => {
    const choice = field({ label: 'Reason', type: 'SINGLE_CHOICE', options: ['Too small', 'Too big'] });
    expect(fieldProblem(choice, ' Too big ')).toBeNull();
    expect(fieldProblem(choice, 'Damaged')).toBe('Reason must be one of: Too small, Too big');
  });

  it('problems by key, missing values counting as empty', () => {
    const fields = [
      { ...field({ required: true }), key: 'order' },
      { ...field({ label: 'Email', type: 'EMAIL' }), key: 'email' },
      { ...field({ label: 'Note' }), key: 'note' },
    ];
    expect(fieldProblems(fields, { email: 'nope' })).toEqual({
      order: 'Order number is required',
      email: 'Email must be an email address',
    });
    expect(fieldProblems(fields, { order: 'A-1' })).toEqual({});
  });

  it('controls: input type, keyboard and autofill by field type', () => {
    expect(fieldControl('NUMBER')).toEqual({
      element: 'input',
      inputType: 'number',
      inputMode: 'decimal',
      autocomplete: 'off',
    });
    expect(fieldControl('EMAIL')).toMatchObject({ inputType: 'email', autocomplete: 'email' });
    expect(fieldControl('PHONE')).toMatchObject({ inputType: 'tel', autocomplete: 'tel' });
    expect(fieldControl('LONG_TEXT').element).toBe('textarea');
    expect(fieldControl('SINGLE_CHOICE').element).toBe('select');
  });
});

interface Message extends StreamMessage {
  body: string;
}

let nextId = 0;
const message = (seq: number, authorKind: Message['authorKind'], extra: Partial<Message> = {}): Message => ({
  id: `m${++nextId}`,
  seq,
  authorKind,
  internal: false,
  body: `${authorKind} ${seq}`,
  ...extra,
});
const stored = (seq: number, m: Partial<StreamEvent<Message>>): StreamEvent<Message> => ({
  seq,
  kind: 'MESSAGE_CREATED',
  ...m,
});
const draft = (seq: number, draftId: string, delta: string): StreamEvent<Message> => ({
  seq,
  kind: 'ASSISTANT_DRAFT',
  draft: { draftId, delta },
});
const typing = (
  seq: number,
  authorKind: Message['authorKind'],
  isTyping: boolean,
  name?: string,
): StreamEvent<Message> => ({
  seq,
  kind: 'TYPING',
  typing: { authorKind, isTyping, name: name ?? null },
});
const status = (
  seq: number,
  change: string,
  to: StreamState<Message>['status'],
  assigneeName?: string,
): StreamEvent<Message> => ({
  seq,
  kind: 'STATUS_CHANGED',
  status: { change, status: to, assigneeName: assigneeName ?? null },
});

function run(
  state: StreamState<Message>,
  events: StreamEvent<Message>[],
  reader = visitorReader,
): StreamState<Message> {
  return events.reduce((s, event) => applyEvent(s, event, reader).state, state);
}

describe('conversation stream', () => {
  const start = (messages: Message[] = [], lastSeq = messages.at(-1)?.seq ?? 0) =>
    startStream<Message>({ lastSeq, messages, status: 'ASSISTANT' }, visitorReader);

  it('starts from the history in sequence order; visitors never see internal notes', () => {
    const note = message(2, 'AGENT', { internal: true });
    const history = [message(3, 'ASSISTANT'), note, message(1, 'VISITOR')];
    expect(start(history, 3).messages.map((m) => m.seq)).toEqual([1, 3]);
    const agents = startStream<Message>({ lastSeq: 3, messages: history, status: 'QUEUED' }, agentReader);
    expect(agents.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('applies each stored sequence number once (a resubscription replays an overlap)', () => {
    const first = message(1, 'VISITOR');
    const second = message(2, 'ASSISTANT');
    let state = start();
    state = run(state, [stored(1, { message: first }), stored(2, { message: second })]);
    const again = applyEvent(state, stored(2, { message: second }), visitorReader);
    expect(again.state).toBe(state);
    expect(again.added).toBeNull();
    expect(state.lastSeq).toBe(2);
    expect(state.messages).toEqual([first, second]);
  });

  it('a message already added from a mutation’s answer is not added twice, and order is by seq', () => {
    const sent = message(5, 'VISITOR', { clientId: 'c1' });
    let state = addMessage(start([message(3, 'ASSISTANT')]), sent, visitorReader);
    const step = applyEvent(state, stored(5, { message: sent }), visitorReader);
    expect(step.added).toBeNull();
    expect(step.state.lastSeq).toBe(5);
    state = applyEvent(step.state, stored(4, { message: message(4, 'AGENT') }), visitorReader).state;
    expect(state.messages.map((m) => m.seq)).toEqual([3, 5]); // seq 4 is older than lastSeq: a replay
    state = addMessage(state, message(4, 'AGENT'), visitorReader);
    expect(state.messages.map((m) => m.seq)).toEqual([3, 4, 5]);
  });

  it('reports what it added, so the caller can count unread replies', () => {
    const reply = message(1, 'AGENT');
    expect(applyEvent(start(), stored(1, { message: reply }), visitorReader).added).toBe(reply);
  });

  it('drafts grow piece by piece and are replaced by the stored reply', () => {
    let state = run(start(), [draft(0, 'd1', 'Our return '), draft(0, 'd1', 'window is 30 days.')]);
    expect(state.draft).toEqual({ id: 'd1', text: 'Our return window is 30 days.' });
    state = run(state, [draft(0, 'd2', 'Another')]);
    expect(state.draft).toEqual({ id: 'd2', text: 'Another' });
    state = run(state, [stored(1, { message: message(1, 'ASSISTANT') })]);
    expect(state.draft).toBeNull();
    expect(run(state, [draft(1, 'd2', ' late piece')]).draft).toBeNull();
  });

  it('a take-over drops the draft for good; a handoff request keeps it', () => {
    let state = run(start(), [draft(0, 'd1', 'Half an'), status(1, 'HANDOFF_REQUESTED', 'QUEUED')]);
    expect(state.draft?.text).toBe('Half an');
    const step = applyEvent(state, status(2, 'TAKEN_OVER', 'ASSIGNED', 'Anna'), visitorReader);
    expect(step.statusChange).toMatchObject({ change: 'TAKEN_OVER' });
    state = step.state;
    expect(state).toMatchObject({ draft: null, status: 'ASSIGNED', assigneeName: 'Anna' });
    expect(run(state, [draft(2, 'd1', ' answer')]).draft).toBeNull();
  });

  it('dropDraft (a reconnect lost pieces) ignores the rest of that draft', () => {
    const state = dropDraft(run(start(), [draft(0, 'd1', 'Part')]));
    expect(state.draft).toBeNull();
    expect(run(state, [draft(0, 'd1', ' two')]).draft).toBeNull();
    expect(dropDraft(state)).toBe(state);
  });

  it('typing: only the other side’s, stopped by their message or by clearTyping', () => {
    let state = run(start(), [typing(0, 'VISITOR', true)]);
    expect(state.typing).toBeNull();
    state = run(state, [typing(0, 'AGENT', true, 'Anna')]);
    expect(state.typing).toEqual({ authorKind: 'AGENT', name: 'Anna' });
    expect(typingLabel(state.typing!)).toBe('Anna is typing…');
    expect(run(state, [typing(0, 'AGENT', false)]).typing).toBeNull();
    expect(run(state, [stored(1, { message: message(1, 'AGENT') })]).typing).toBeNull();
    expect(clearTyping(state).typing).toBeNull();

    const agents = run(
      startStream<Message>({ lastSeq: 0, messages: [], status: 'ASSIGNED' }, agentReader),
      [typing(0, 'VISITOR', true)],
      agentReader,
    );
    expect(typingLabel(agents.typing!)).toBe('Visitor is typing…');
  });

  it('setOwnership: what a mutation answered, same state when nothing changed', () => {
    const state = start();
    expect(setOwnership(state, 'ASSISTANT')).toBe(state);
    expect(setOwnership(state, 'QUEUED')).toMatchObject({ status: 'QUEUED', assigneeName: null });
  });
});

describe('labels and backoff', () => {
  it('labels', () => {
    expect(handoffReason('LOW_CONFIDENCE')).toBe('Assistant unsure');
    expect(handoffReason('SENSITIVE', 'Fraud')).toBe('Sensitive: Fraud');
    expect(handoffReason('SENSITIVE')).toBe('Sensitive topic');
    expect(handoffReason('SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(handoffReason('BUTTON', null, 'Request a return')).toBe('Pressed: Request a return');
    expect(handoffReason('BUTTON')).toBe('Pressed a button');
    expect(joinedLabel('Anna')).toBe('Anna joined the chat');
    expect([minutesLabel(0), minutesLabel(60), minutesLabel(61), minutesLabel(300)]).toEqual([
      '1 minute',
      '1 minute',
      '2 minutes',
      '5 minutes',
    ]);
  });

  it('backoff doubles up to its cap, with jitter below the full delay', () => {
    expect([0, 1, 2, 5, 10].map((n) => backoffDelay(n, reconnectBackoff, () => 1))).toEqual([
      1000, 2000, 4000, 30_000, 30_000,
    ]);
    expect(backoffDelay(0, reconnectBackoff, () => 0)).toBeCloseTo(600);
  });
});

/** A WebSocket stand-in: records what the client sends; the test plays the server. */
class FakeSocket implements SocketLike {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: { type: string; id?: string; payload?: unknown }[] = [];
  private listeners = new Map<string, ((event: never) => void)[]>();

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }

  addEventListener(type: string, listener: (event: never) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  private emit(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) (listener as (e: unknown) => void)(event);
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data) as FakeSocket['sent'][number]);
  }

  close(code = 1000): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.emit('close', { code });
  }

  open(): void {
    this.readyState = 1;
    this.emit('open', {});
  }

  serverSends(message: object): void {
    this.emit('message', { data: JSON.stringify(message) });
  }

  subscribes(): { id?: string; payload?: unknown }[] {
    return this.sent.filter((m) => m.type === 'subscribe');
  }
}

describe('live connection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const latest = () => FakeSocket.all.at(-1)!;

  function connection(extra: { onUnauthorized?: () => Promise<void> } = {}) {
    const states: ConnectionState[] = [];
    let token = 'one';
    const live = new LiveConnection({
      url: 'ws://baton.test/graphql',
      openSocket: (url) => new FakeSocket(url),
      connectionParams: () => ({ authorization: `Bearer ${token}` }),
      onState: (state) => states.push(state),
      ...extra,
    });
    return { live, states, setToken: (next: string) => (token = next) };
  }

  function accept(socket = latest()) {
    socket.open();
    socket.serverSends({ type: 'connection_ack' });
  }

  it('subscribes once connected, delivers its data, and resubscribes after a drop with fresh variables', async () => {
    const { live, states, setToken } = connection();
    let lastSeq = 4;
    const seen: unknown[] = [];
    const resumed = vi.fn();
    live.subscribe<{ n: number }>({
      query: 'subscription { events }',
      variables: () => ({ afterSeq: lastSeq }),
      onData: (data) => seen.push(data),
      onResume: resumed,
    });
    accept();
    expect(latest().sent[0]).toEqual({ type: 'connection_init', payload: { authorization: 'Bearer one' } });
    const [subscribe] = latest().subscribes();
    expect(subscribe).toMatchObject({ payload: { query: 'subscription { events }', variables: { afterSeq: 4 } } });
    latest().serverSends({ type: 'next', id: subscribe!.id, payload: { data: { n: 5 } } });
    latest().serverSends({ type: 'next', id: 'other', payload: { data: { n: 99 } } });
    expect(seen).toEqual([{ n: 5 }]);
    expect(resumed).not.toHaveBeenCalled();

    lastSeq = 5;
    setToken('two');
    latest().close(1006);
    expect(states).toEqual(['online', 'reconnecting']);
    expect(FakeSocket.all).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSocket.all).toHaveLength(2);
    accept();
    expect(latest().sent[0]).toEqual({ type: 'connection_init', payload: { authorization: 'Bearer two' } });
    expect(latest().subscribes()[0]).toMatchObject({ payload: { variables: { afterSeq: 5 } } });
    expect(resumed).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toBe('online');
    live.close();
  });

  it('backs off while flapping and starts over after a connection that lived', async () => {
    const { live } = connection();
    vi.spyOn(Math, 'random').mockReturnValue(1);
    latest().close(1006); // never connected
    await vi.advanceTimersByTimeAsync(999);
    expect(FakeSocket.all).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeSocket.all).toHaveLength(2);
    latest().close(1006);
    await vi.advanceTimersByTimeAsync(1999);
    expect(FakeSocket.all).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeSocket.all).toHaveLength(3);
    accept();
    await vi.advanceTimersByTimeAsync(11_000); // lived a while
    latest().close(1006);
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSocket.all).toHaveLength(4);
    live.close();
  });

  it('a refused token is renewed before the next attempt', async () => {
    const renewed = vi.fn(async () => {});
    const { live } = connection({ onUnauthorized: renewed });
    latest().open();
    latest().close(4403);
    await vi.advanceTimersByTimeAsync(0);
    expect(renewed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    accept();
    live.subscribe({ query: 's', variables: () => ({}), onData: () => {} });
    const [subscribe] = latest().subscribes();
    latest().serverSends({
      type: 'error',
      id: subscribe!.id,
      payload: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(renewed).toHaveBeenCalledTimes(2);
    live.close();
  });

  it('a subscription the server ends is subscribed again on the same socket; stop sends complete', async () => {
    const { live } = connection();
    accept();
    const stop = live.subscribe({ query: 'a', variables: () => ({}), onData: () => {} });
    live.subscribe({ query: 'b', variables: () => ({}), onData: () => {} });
    const [a] = latest().subscribes();
    latest().serverSends({ type: 'complete', id: a!.id });
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSocket.all).toHaveLength(1);
    const again = latest().subscribes()[2]!;
    expect(again).toMatchObject({ payload: { query: 'a' } });
    expect(again.id).not.toBe(a!.id);
    stop();
    expect(latest().sent.at(-1)).toEqual({ type: 'complete', id: again.id });
    live.close();
  });

  it('a missing pong closes the socket and reconnects; ping is answered with pong', async () => {
    const { live, states } = connection();
    accept();
    latest().serverSends({ type: 'ping' });
    expect(latest().sent.at(-1)).toEqual({ type: 'pong' });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(latest().sent.at(-1)).toEqual({ type: 'ping' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(states.at(-1)).toBe('reconnecting');
    live.close();
  });

  it('wake connects at once instead of waiting; close stops everything', async () => {
    let wake = () => {};
    const stopWatching = vi.fn();
    const live = new LiveConnection({
      url: 'ws://x',
      openSocket: (url) => new FakeSocket(url),
      connectionParams: () => ({}),
      watchWake: (w) => ((wake = w), stopWatching),
    });
    latest().close(1006);
    expect(FakeSocket.all).toHaveLength(1);
    wake();
    expect(FakeSocket.all).toHaveLength(2);
    live.close();
    expect(stopWatching).toHaveBeenCalled();
    wake();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeSocket.all).toHaveLength(2);
  });

  it('browserWake wakes when back online or shown, not while hidden', () => {
    const target = () => {
      const listeners = new Map<string, () => void>();
      return {
        listeners,
        addEventListener: (type: string, l: () => void) => void listeners.set(type, l),
        removeEventListener: (type: string) => void listeners.delete(type),
      };
    };
    const page = { ...target(), visibilityState: 'hidden' };
    const browser = { ...target(), document: page };
    const wake = vi.fn();
    const stop = browserWake(browser)(wake);
    browser.listeners.get('online')!();
    expect(wake).not.toHaveBeenCalled();
    page.visibilityState = 'visible';
    page.listeners.get('visibilitychange')!();
    expect(wake).toHaveBeenCalledTimes(1);
    stop();
    expect(browser.listeners.size + page.listeners.size).toBe(0);
  });
});
