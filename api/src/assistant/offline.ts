/**
 * The built-in offline assistant: answers extractively with the sentences of the best passage
 * that share the most words with the question, cites that document, and reports the
 * retrieval coverage as its confidence. No network, no model: Baton works out of the box.
 */
import { contentWords } from '../services/knowledge.js';
import { retrievalConfidence, type AssistantAnswer, type AssistantProvider, type AssistantRequest } from './provider.js';

/** Markdown to the plain text a chat bubble shows: no emphasis marks, links as their text. */
function plain(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}

function sentences(passage: string): string[] {
  return passage
    .split('\n')
    .map((line) => plain(line.replace(/^#{1,6}\s+.*$/, '').replace(/^\s*(?:[-*]|\d+\.)\s+/, '')).trim())
    .filter(Boolean)
    .join(' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export class OfflineProvider implements AssistantProvider {
  readonly name = 'offline' as const;

  async answer(request: AssistantRequest): Promise<AssistantAnswer> {
    const best = request.passages[0];
    if (!best) return { text: '', cited: [], confidence: 0 };
    const question = new Set(contentWords(request.question));
    const ranked = sentences(best.text).map((sentence, index) => ({
      sentence,
      index,
      overlap: contentWords(sentence).filter((w) => question.has(w)).length,
    }));
    const chosen = ranked
      .filter((r) => r.overlap > 0)
      .sort((a, b) => b.overlap - a.overlap || a.index - b.index)
      .slice(0, 2)
      .sort((a, b) => a.index - b.index)
      .map((r) => r.sentence);
    const text = (chosen.length ? chosen : ranked.slice(0, 2).map((r) => r.sentence)).join(' ');
    request.onToken(text);
    return { text, cited: [best], confidence: retrievalConfidence(request.passages) };
  }
}
