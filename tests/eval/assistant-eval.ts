/**
 * The assistant evaluation: drives a running Baton server through its public API only, as an
 * admin (sign up, knowledge, actions, topics, instructions) and as visitors (a widget session
 * per message, follow-ups in the same chat), and scores each decision from what the API shows:
 * `Message.citations`, `suggestionTrigger`, `suggestionTopic`, `suggestedActionIds`, status.
 * Used by `pnpm eval:assistant` (scripts/eval-assistant.ts) and the floor tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from '../gql/index.js';
import type { EvalReactionSubscription, EvalTranscriptQuery, TypedDocumentString } from '../gql/graphql.js';

export type Trigger = 'EXPLICIT_REQUEST' | 'SENSITIVE' | 'FRUSTRATION' | 'LOW_CONFIDENCE';

export interface EvalMessage {
  id: string;
  kind: string;
  history?: string[];
  message: string;
  expect: 'answer' | 'handoff';
  document?: string;
  alsoAccept?: string[];
  trigger?: Trigger;
  topic?: string;
  action?: string;
}

export interface EvalSetup {
  workspaceName: string;
  instructions?: string;
  actions: Array<{ label: string; description: string }>;
  topics?: Array<{ name: string; examples: string[] }>;
}

export interface EvalSet {
  name: string;
  articles: Array<{ title: string; sourceUrl?: string; content: string }>;
  setup: EvalSetup;
  messages: EvalMessage[];
}

export interface Outcome {
  id: string;
  kind: string;
  message: string;
  expected: string;
  /** ANSWER:<title>, a trigger, QUEUED:<trigger>, or NONE. */
  got: string;
  ok: boolean;
  /** For handoffs: the right topic and action too (reported, not scored). */
  topicOk: boolean | null;
  actionOk: boolean | null;
  reply: string | null;
}

export interface SetReport {
  name: string;
  total: number;
  correct: number;
  accuracy: number;
  byKind: Record<string, { total: number; correct: number }>;
  /** expected → got → count, with outcomes coarsened to ANSWER_RIGHT / ANSWER_WRONG / trigger / NONE. */
  confusion: Record<string, Record<string, number>>;
  /** Explicit requests and built-in sensitive topics: how many were handed off (any trigger). */
  mustHandOff: { total: number; handedOff: number };
  topicAccuracy: number | null;
  actionAccuracy: number | null;
  outcomes: Outcome[];
}

const fixtures = new URL('../fixtures/eval/', import.meta.url);

/** The set never used to calibrate thresholds or detectors: its score is the held-out figure. */
export const heldOutSet = 'travel-clinic';

/** Every set under tests/fixtures/eval/, by folder name. */
export function loadEvalSets(): EvalSet[] {
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const read = <T>(file: string) => JSON.parse(readFileSync(new URL(`${name}/${file}`, fixtures), 'utf8')) as T;
      return { name, articles: read('articles.json'), setup: read('setup.json'), messages: read('messages.json') };
    });
}

interface Json<T> {
  data?: T | null;
  errors?: Array<{ message: string }>;
}

class Api {
  constructor(
    readonly graphqlUrl: string,
    readonly wsUrl: string,
  ) {}

  /** Runs a typed operation; throws on any GraphQL error. */
  async call<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    token?: string,
  ): Promise<TResult> {
    const res = await fetch(this.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query: String(document), variables }),
    });
    const body = (await res.json()) as Json<TResult>;
    if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors ?? body)}`);
    return body.data;
  }
}

/** The union member named `typename`, or an error naming what `field` answered instead. */
function ofType<T extends { __typename: string }, N extends T['__typename']>(
  field: string,
  value: T,
  typename: N,
): Extract<T, { __typename: N }> {
  if (value.__typename !== typename) throw new Error(`${field} answered ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename: N }>;
}

type Reply = NonNullable<EvalTranscriptQuery['conversation']>['messages']['edges'][number]['node'];

const TRANSCRIPT = graphql(`
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
`);
const REACTION = graphql(`
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
`);
const SIGN_UP = graphql(`
  mutation EvalSignUp($i: SignUpInput!) {
    signUp(input: $i) {
      __typename
      ... on AuthPayload {
        token
      }
    }
  }
`);
const CREATE_DOCUMENT = graphql(`
  mutation EvalCreateDocument($i: KnowledgeDocumentInput!) {
    createKnowledgeDocument(input: $i) {
      __typename
    }
  }
`);
const SETTINGS = graphql(`
  mutation EvalSettings($i: AssistantSettingsInput!) {
    updateAssistantSettings(input: $i) {
      __typename
    }
  }
`);
const ACTIONS = graphql(`
  query EvalActions {
    customActions {
      id
      label
    }
  }
`);
const UPDATE_ACTION = graphql(`
  mutation EvalUpdateAction($id: ID!, $i: CustomActionInput!) {
    updateCustomAction(actionId: $id, input: $i) {
      __typename
      ... on CustomAction {
        id
      }
    }
  }
`);
const CREATE_ACTION = graphql(`
  mutation EvalCreateAction($i: CustomActionInput!) {
    createCustomAction(input: $i) {
      __typename
      ... on CustomAction {
        id
      }
    }
  }
`);
const CREATE_TOPIC = graphql(`
  mutation EvalCreateTopic($i: HandoffTopicInput!) {
    createHandoffTopic(input: $i) {
      __typename
    }
  }
`);
const PUBLIC_KEY = graphql(`
  query EvalPublicKey {
    workspace {
      publicKey
    }
  }
`);
const LAST_SEQ = graphql(`
  query EvalLastSeq($id: ID!) {
    conversation(id: $id) {
      lastSeq
    }
  }
`);
const SEND = graphql(`
  mutation EvalSend($i: SendMessageInput!) {
    sendMessage(input: $i) {
      __typename
    }
  }
`);
const START_SESSION = graphql(`
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
`);

/** Waits for the assistant's reaction to the message with sequence `after` (a reply or a handoff). */
function reaction(
  api: Api,
  visitorToken: string,
  conversationId: string,
  after: number,
  timeoutMs: number,
): { ready: Promise<void>; done: Promise<void>; stop: () => void } {
  const client = createClient({
    url: api.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${visitorToken}` },
    retryAttempts: 0,
    lazy: true,
  });
  let stop = () => {};
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no reaction within ${timeoutMs} ms`)), timeoutMs);
    const unsubscribe = client.subscribe<EvalReactionSubscription>(
      { query: String(REACTION), variables: { id: conversationId, after } },
      {
        next: ({ data }) => {
          const e = data?.conversationEvents;
          if (!e) return;
          if (e.seq <= after) return;
          if (e.message?.authorKind === 'ASSISTANT' || (e.status && e.status.status !== 'ASSISTANT')) {
            clearTimeout(timer);
            resolve();
          }
        },
        error: (error) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        },
        complete: () => {},
      },
    );
    stop = () => {
      clearTimeout(timer);
      unsubscribe();
      void client.dispose();
    };
  });
  client.on('connected', () => resolveReady());
  return { ready, done, stop };
}

async function setUpWorkspace(
  api: Api,
  set: EvalSet,
): Promise<{ adminToken: string; publicKey: string; actionLabels: Map<string, string> }> {
  const signUp = await api.call(SIGN_UP, {
    i: {
      workspaceName: set.setup.workspaceName,
      name: 'Eval Admin',
      email: `eval-${set.name}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
      password: 'correct horse battery staple',
    },
  });
  const { token } = ofType('signUp', signUp.signUp, 'AuthPayload');
  for (const a of set.articles) {
    ofType(
      'createKnowledgeDocument',
      (await api.call(CREATE_DOCUMENT, { i: a }, token)).createKnowledgeDocument,
      'KnowledgeDocument',
    );
  }
  if (set.setup.instructions) {
    ofType(
      'updateAssistantSettings',
      (await api.call(SETTINGS, { i: { instructions: set.setup.instructions } }, token)).updateAssistantSettings,
      'AssistantSettings',
    );
  }
  const existing = (await api.call(ACTIONS, {}, token)).customActions;
  const actionLabels = new Map<string, string>();
  for (const action of set.setup.actions) {
    const same = existing.find((e) => e.label.toLowerCase() === action.label.toLowerCase());
    const input = { label: action.label, description: action.description, fields: [] };
    const saved = same
      ? ofType(
          'updateCustomAction',
          (await api.call(UPDATE_ACTION, { id: same.id, i: input }, token)).updateCustomAction,
          'CustomAction',
        )
      : ofType(
          'createCustomAction',
          (await api.call(CREATE_ACTION, { i: input }, token)).createCustomAction,
          'CustomAction',
        );
    actionLabels.set(saved.id, action.label);
  }
  for (const topic of set.setup.topics ?? []) {
    ofType(
      'createHandoffTopic',
      (await api.call(CREATE_TOPIC, { i: topic }, token)).createHandoffTopic,
      'HandoffTopic',
    );
  }
  const publicKey = (await api.call(PUBLIC_KEY, {}, token)).workspace.publicKey;
  return { adminToken: token, publicKey, actionLabels };
}

async function say(
  api: Api,
  visitorToken: string,
  conversationId: string,
  body: string,
  timeoutMs: number,
): Promise<void> {
  const conversation = (await api.call(LAST_SEQ, { id: conversationId }, visitorToken)).conversation;
  if (!conversation) throw new Error(`conversation ${conversationId} not found`);
  const before = conversation.lastSeq;
  const watch = reaction(api, visitorToken, conversationId, before, timeoutMs);
  try {
    await watch.ready;
    ofType(
      'sendMessage',
      (await api.call(SEND, { i: { conversationId, body } }, visitorToken)).sendMessage,
      'SendMessagePayload',
    );
    await watch.done;
  } finally {
    watch.stop();
  }
}

function coarse(got: string, expectedDocs: string[]): string {
  if (got.startsWith('ANSWER:')) return expectedDocs.includes(got.slice(7)) ? 'ANSWER_RIGHT' : 'ANSWER_WRONG';
  return got.replace(/^QUEUED:/, '');
}

/** Runs one set against the server at `graphqlUrl` and scores it. */
export async function runEvalSet(
  graphqlUrl: string,
  set: EvalSet,
  options: { timeoutMs?: number } = {},
): Promise<SetReport> {
  const wsUrl = graphqlUrl.replace(/^http/, 'ws');
  const api = new Api(graphqlUrl, wsUrl);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const { adminToken, publicKey, actionLabels } = await setUpWorkspace(api, set);
  const outcomes: Outcome[] = [];
  for (const m of set.messages) {
    const session = ofType(
      'startWidgetSession',
      (
        await api.call(START_SESSION, {
          i: {
            publicKey,
            metadata: {
              pageUrl: 'https://eval.example/help',
              locale: 'en-US',
              timezone: 'UTC',
              userAgent: 'Baton eval',
            },
          },
        })
      ).startWidgetSession,
      'WidgetSession',
    );
    const { token } = session;
    const conversationId = session.conversation.id;
    let got = 'NONE';
    let reply: Reply | null = null;
    let queuedTopic: string | null = null;
    try {
      for (const earlier of m.history ?? []) await say(api, token, conversationId, earlier, timeoutMs);
      await say(api, token, conversationId, m.message, timeoutMs);
      // What the inbox shows (an agent's view): the status and the handoff packet.
      const conversation = (await api.call(TRANSCRIPT, { id: conversationId }, adminToken)).conversation;
      if (!conversation) throw new Error(`conversation ${conversationId} not found`);
      const last = conversation.messages.edges.map((e) => e.node).pop();
      if (conversation.status === 'QUEUED') {
        got = `QUEUED:${conversation.handoff?.trigger ?? '?'}`;
        queuedTopic = conversation.handoff?.topic ?? null;
      } else if (last?.authorKind === 'ASSISTANT') {
        reply = last;
        got = last.suggestionTrigger ?? `ANSWER:${last.citations[0]?.title ?? '(no citation)'}`;
      }
    } catch (error) {
      got = `NONE (${error instanceof Error ? error.message : String(error)})`;
    }
    const docs = [m.document, ...(m.alsoAccept ?? [])].filter((d): d is string => Boolean(d));
    const trigger = got.replace(/^QUEUED:/, '');
    const ok =
      m.expect === 'answer'
        ? got.startsWith('ANSWER:') && docs.includes(got.slice(7))
        : trigger === m.trigger && (got.startsWith('QUEUED:') || (reply?.suggestedActionIds.length ?? 0) > 0);
    const handedOff = m.expect === 'handoff' && !got.startsWith('ANSWER:') && !got.startsWith('NONE');
    const offeredAction = reply?.suggestedActionIds[0] ? actionLabels.get(reply.suggestedActionIds[0]) : undefined;
    outcomes.push({
      id: m.id,
      kind: m.kind,
      message: [...(m.history ?? []), m.message].join(' ⏎ '),
      expected:
        m.expect === 'answer'
          ? `ANSWER:${docs.join(' | ')}`
          : `${m.trigger}${m.topic ? `(${m.topic})` : ''}${m.action ? ` → ${m.action}` : ''}`,
      got: `${got}${reply?.suggestionTopic ? `(${reply.suggestionTopic})` : queuedTopic ? `(${queuedTopic})` : ''}${offeredAction ? ` → ${offeredAction}` : ''}`,
      ok,
      topicOk:
        m.expect === 'handoff' && m.topic ? handedOff && (reply?.suggestionTopic ?? queuedTopic) === m.topic : null,
      actionOk: m.expect === 'handoff' && m.action && handedOff && offeredAction ? offeredAction === m.action : null,
      reply: reply?.body ?? null,
    });
  }
  const byKind: SetReport['byKind'] = {};
  const confusion: SetReport['confusion'] = {};
  let mustTotal = 0;
  let mustHanded = 0;
  set.messages.forEach((m, i) => {
    const o = outcomes[i]!;
    const k = (byKind[m.kind] ??= { total: 0, correct: 0 });
    k.total++;
    if (o.ok) k.correct++;
    const expected = m.expect === 'answer' ? 'ANSWER' : m.trigger!;
    const docs = [m.document, ...(m.alsoAccept ?? [])].filter((d): d is string => Boolean(d));
    const got = coarse(o.got.replace(/\(.*$/, '').replace(/ → .*$/, ''), docs);
    (confusion[expected] ??= {})[got] = (confusion[expected][got] ?? 0) + 1;
    if (m.trigger === 'EXPLICIT_REQUEST' || (m.trigger === 'SENSITIVE' && m.topic && builtInKeys.has(m.topic))) {
      mustTotal++;
      if (!got.startsWith('ANSWER') && !got.startsWith('NONE')) mustHanded++;
    }
  });
  const share = (values: Array<boolean | null>) => {
    const known = values.filter((v): v is boolean => v !== null);
    return known.length ? known.filter(Boolean).length / known.length : null;
  };
  const correct = outcomes.filter((o) => o.ok).length;
  return {
    name: set.name,
    total: outcomes.length,
    correct,
    accuracy: correct / outcomes.length,
    byKind,
    confusion,
    mustHandOff: { total: mustTotal, handedOff: mustHanded },
    topicAccuracy: share(outcomes.map((o) => o.topicOk)),
    actionAccuracy: share(outcomes.map((o) => o.actionOk)),
    outcomes,
  };
}

const builtInKeys = new Set(['fraud', 'account_change', 'health_safety', 'legal', 'complex_return']);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A human-readable report of one set. */
export function formatReport(r: SetReport, label = ''): string {
  const lines = [
    `== ${r.name}${label ? ` (${label})` : ''}: ${pct(r.accuracy)} right decisions (${r.correct}/${r.total})`,
  ];
  lines.push(
    `   must hand off (explicit + built-in sensitive): ${r.mustHandOff.handedOff}/${r.mustHandOff.total}; right topic: ${r.topicAccuracy === null ? '–' : pct(r.topicAccuracy)}; right action: ${r.actionAccuracy === null ? '–' : pct(r.actionAccuracy)}`,
  );
  for (const [kind, k] of Object.entries(r.byKind))
    lines.push(
      `   ${kind.padEnd(14)} ${String(k.correct).padStart(3)}/${String(k.total).padEnd(3)} ${pct(k.correct / k.total)}`,
    );
  const columns = [...new Set(Object.values(r.confusion).flatMap((row) => Object.keys(row)))].sort();
  lines.push(`   confusion (expected \\ got): ${columns.join(' | ')}`);
  for (const [expected, row] of Object.entries(r.confusion))
    lines.push(`   ${expected.padEnd(16)} ${columns.map((c) => String(row[c] ?? 0).padStart(c.length)).join(' | ')}`);
  const failures = r.outcomes.filter((o) => !o.ok);
  if (failures.length) {
    lines.push('   failures:');
    for (const f of failures)
      lines.push(
        `   - [${f.id}] “${f.message}”\n       expected ${f.expected}, got ${f.got}${f.reply ? `: ${f.reply.slice(0, 140)}` : ''}`,
      );
  }
  return lines.join('\n');
}
