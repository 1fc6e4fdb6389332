/**
 * The built-in offline assistant: answers extractively with the sentences of the best passage
 * that match the question best (in meaning when word vectors are loaded, else by shared
 * words), cites that document, and reports the policy's answer confidence. No network, no
 * model download: Baton works out of the box.
 */
import { contentWords } from '../language/text.js';
import type { AssistantAnswer, AssistantProvider, AssistantRequest } from './provider.js';

export class OfflineProvider implements AssistantProvider {
  readonly name = 'offline' as const;

  async answer(request: AssistantRequest): Promise<AssistantAnswer> {
    const best = request.passages[0];
    if (!best) return { text: '', cited: [], confidence: 0 };
    const question = new Set(contentWords(request.question));
    const ranked = best.bestSentences.map((sentence, rank) => ({
      sentence,
      rank,
      overlap: contentWords(sentence).filter((w) => question.has(w)).length,
    }));
    const chosen = ranked
      .sort((a, b) => b.overlap - a.overlap || a.rank - b.rank)
      .slice(0, 2)
      .map((r) => r.sentence);
    const text = best.sentences.filter((s) => chosen.includes(s)).join(' ');
    request.onToken(text);
    return { text, cited: [best], confidence: request.confidence };
  }
}
