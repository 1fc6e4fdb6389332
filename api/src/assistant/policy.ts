/**
 * The handoff policy: a pure decision over the visitor's words, the workspace's settings and
 * what retrieval found. Both providers go through it — the offline assistant entirely, the
 * language model for the screening before it is asked (sensitive topics are never left to a
 * model's mood) — so the same message is handed off for the same reason whichever answers.
 *
 * Order: an explicit request for a person; a sensitive topic (built-in, the admin's own, or
 * one the behaviour instructions say to avoid); frustration; otherwise answer, unless the best
 * passage does not address the question (low confidence).
 */
import type { HandoffTrigger } from '../generated/prisma/enums.js';
import { contentWords } from '../language/text.js';
import { cosine, type Vector, type WordVectors } from '../language/word-vectors.js';
import type { Passage } from '../domain/knowledge/knowledge.js';
import type { ActionOption } from './provider.js';
import { isExplicitHandoffRequest, readFrustration } from './signals.js';
import { builtInTopics } from './topics.js';

/** A topic matched by meaning: the admin's own, or one taken from the instructions. */
export interface CustomTopic {
  name: string;
  examples: string[];
}

export interface PolicySettings {
  frustrationDetection: boolean;
  /** Built-in topic keys switched off. */
  disabledTopics: string[];
}

export interface Screening {
  trigger: Extract<HandoffTrigger, 'EXPLICIT_REQUEST' | 'SENSITIVE' | 'FRUSTRATION'>;
  /** With SENSITIVE: the built-in key or the custom topic's name. */
  topic?: string;
}

export interface ScreenInput {
  message: string;
  /** The visitor's earlier messages in the conversation, oldest first. */
  earlier: string[];
  settings: PolicySettings;
  topics: CustomTopic[];
  vectors: WordVectors | null;
}

/** Semantic similarity above which a message is "about" a custom topic's example. */
const topicSimilarity = 0.86;

/** The message as topic matching reads it, computed once for all topics. */
interface Said {
  words: Set<string>;
  vector: Vector | null;
}

function matchesCustomTopic(said: Said, topic: CustomTopic, vectors: WordVectors | null): boolean {
  const alternatives = topic.name
    .split(/,|\/|\bor\b|\band\b|\bnor\b/i)
    .map((a) => contentWords(a))
    .filter((a) => a.length > 0);
  if (alternatives.some((a) => a.every((w) => said.words.has(w)))) return true;
  for (const example of topic.examples.length ? topic.examples : [topic.name]) {
    const words = new Set(contentWords(example));
    const shared = [...words].filter((w) => said.words.has(w)).length;
    if (words.size > 0 && shared >= Math.min(2, words.size) && shared / words.size >= 0.6) return true;
    const meant = said.vector && vectors?.embed(example);
    if (said.vector && meant && cosine(said.vector, meant) >= topicSimilarity) return true;
  }
  return false;
}

/** What the visitor's message calls for before any retrieval: a person, or nothing yet. */
export function screen(input: ScreenInput): Screening | null {
  const { message, settings } = input;
  if (isExplicitHandoffRequest(message)) return { trigger: 'EXPLICIT_REQUEST' };
  for (const topic of builtInTopics) {
    if (!settings.disabledTopics.includes(topic.key) && topic.detect(message))
      return { trigger: 'SENSITIVE', topic: topic.key };
  }
  if (input.topics.length > 0) {
    const said = { words: new Set(contentWords(message)), vector: input.vectors?.embed(message) ?? null };
    for (const topic of input.topics) {
      if (matchesCustomTopic(said, topic, input.vectors)) return { trigger: 'SENSITIVE', topic: topic.name };
    }
  }
  if (settings.frustrationDetection && readFrustration(message, input.earlier).frustrated)
    return { trigger: 'FRUSTRATION' };
  return null;
}

/**
 * How sure the assistant may be that a passage answers the question (0..1): half the share of
 * the question's words it contains, half how close its best sentence is in meaning (cosine
 * mapped from [0.45, 0.85] onto [0, 1]); lexical coverage alone when vectors are off.
 */
export function answerConfidence(passage: Passage | undefined, semanticOn: boolean): number {
  if (!passage) return 0;
  if (!semanticOn) return passage.coverage;
  const semantic = Math.min(1, Math.max(0, (passage.semantic - 0.45) / 0.4));
  return 0.5 * passage.coverage + 0.5 * semantic;
}

/**
 * Which action to offer: the one whose label and description fit the visitor's words (and
 * the topic's description) best, when it fits clearly better than the general one; otherwise
 * the first (the workspace's general "Talk to a human").
 */
export function chooseAction(actions: ActionOption[], text: string, vectors: WordVectors | null): string | undefined {
  const general = actions[0];
  if (actions.length < 2) return general?.id;
  const said = new Set(contentWords(text));
  const asked = vectors?.embed(text) ?? null;
  const scored = actions.map((action) => {
    const words = new Set(contentWords(`${action.label} ${action.label} ${action.description}`));
    const shared = [...words].filter((w) => said.has(w)).length;
    const described = asked ? vectors?.embed(`${action.label}. ${action.description}`) : null;
    const semantic = asked && described ? cosine(asked, described) : 0;
    return { action, score: shared + 2 * semantic };
  });
  const generalScore = scored[0]!.score;
  const best = scored.slice(1).sort((a, b) => b.score - a.score)[0]!;
  return best.score >= 2.2 && best.score > generalScore + 0.3 ? best.action.id : general!.id;
}

/** Whether a message leans on the one before ("and how much is that?", "what about Canada"). */
export function isFollowUp(message: string): boolean {
  return (
    /^\s*(and|also|what about|how about|plus|but|ok(ay)?|so|then)\b/i.test(message) ||
    /\b(it|that|this|those|them|there|one)\b/i.test(message) ||
    contentWords(message).length <= 1
  );
}

/** Whether a passage found for a follow-up read with its context still speaks to the follow-up itself. */
export function addressesFollowUp(message: string, passage: Passage, vectors: WordVectors | null): boolean {
  const said = contentWords(message);
  if (said.length === 0) return true;
  const text = new Set(contentWords(`${passage.title} ${passage.text}`));
  if (said.some((w) => text.has(w))) return true;
  const asked = vectors?.embed(message);
  const best = passage.bestSentences[0] ? vectors?.embed(passage.bestSentences[0]) : null;
  return Boolean(asked && best && cosine(asked, best) >= 0.6);
}
