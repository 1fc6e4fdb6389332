/**
 * Content gaps: visitor questions that ended in a low-confidence handoff, grouped by meaning
 * so admins see what their help centre is missing, and one step from an agent's reply to a
 * new knowledge document.
 */
import type { AgentViewer } from '../../auth/viewer.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { KnowledgeDocument } from '../../generated/prisma/client.js';
import { contentWords } from '../../language/text.js';
import { cosine, type Vector } from '../../language/word-vectors.js';
import type { ServiceDeps } from '../deps.js';
import type { KnowledgeService } from './knowledge.js';

export interface ContentGap {
  /** The id of the group's most recent question. */
  id: string;
  question: string;
  count: number;
  /** Up to five distinct phrasings, newest first. */
  examples: string[];
  conversationIds: string[];
  lastAskedAt: Date;
}

/** Questions this close in meaning (or sharing this share of words) are one gap. */
const sameGap = { cosine: 0.8, jaccard: 0.5 };
const window = 1000;

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / (a.size + b.size - shared);
}

export class ContentGapService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly knowledge: KnowledgeService,
  ) {}

  /** Called by the assistant when it could not answer a visitor's message. */
  async record(workspaceId: string, conversationId: string, messageId: string, question: string): Promise<void> {
    // One INSERT … ON CONFLICT DO NOTHING (an upsert with nothing to update was a find, a
    // create and a re-read in a transaction): the unique messageId keeps one row per message.
    await this.deps.prisma.unansweredQuestion.createMany({
      data: [{ workspaceId, conversationId, messageId, question: question.slice(0, 2000) }],
      skipDuplicates: true,
    });
  }

  /** Open gaps, largest group first (the most recent 1,000 unanswered questions). */
  async list(workspaceId: string, limit = 50): Promise<ContentGap[]> {
    return (await this.groups(workspaceId)).map((g) => g.gap).slice(0, limit);
  }

  private async groups(
    workspaceId: string,
  ): Promise<Array<{ gap: ContentGap; memberIds: string[]; conversations: Set<string> }>> {
    const rows = await this.deps.prisma.unansweredQuestion.findMany({
      where: { workspaceId, answeredByDocumentId: null },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: window,
    });
    const vectors = this.deps.language.vectors;
    const groups: Array<{
      gap: ContentGap;
      memberIds: string[];
      conversations: Set<string>;
      words: Set<string>;
      vector: Vector | null;
    }> = [];
    for (const row of rows) {
      const words = new Set(contentWords(row.question));
      const vector = vectors?.embed(row.question) ?? null;
      const home = groups.find(
        (g) =>
          jaccard(g.words, words) >= sameGap.jaccard ||
          (g.vector && vector && cosine(g.vector, vector) >= sameGap.cosine),
      );
      if (home) {
        home.gap.count++;
        home.memberIds.push(row.id);
        home.conversations.add(row.conversationId);
        if (home.gap.examples.length < 5 && !home.gap.examples.includes(row.question))
          home.gap.examples.push(row.question);
        if (home.gap.conversationIds.length < 5 && !home.gap.conversationIds.includes(row.conversationId))
          home.gap.conversationIds.push(row.conversationId);
      } else {
        groups.push({
          words,
          vector,
          memberIds: [row.id],
          conversations: new Set([row.conversationId]),
          gap: {
            id: row.id,
            question: row.question,
            count: 1,
            examples: [row.question],
            conversationIds: [row.conversationId],
            lastAskedAt: row.createdAt,
          },
        });
      }
    }
    return groups.sort(
      (a, b) => b.gap.count - a.gap.count || b.gap.lastAskedAt.getTime() - a.gap.lastAskedAt.getTime(),
    );
  }

  /**
   * Turns an agent's reply into a knowledge document: the visitor's question before it is the
   * title (unless one is given), the reply the content. The gaps the conversation's questions
   * belong to close, with every similar question in them.
   */
  async documentFromReply(actor: AgentViewer, messageId: string, title: string | null): Promise<KnowledgeDocument> {
    const { prisma } = this.deps;
    if (title && title.trim().length > 200) throw ValidationError.single('title', 'Use at most 200 characters');
    const reply = await prisma.message.findFirst({
      where: { id: messageId, conversation: { workspaceId: actor.workspaceId } },
    });
    if (!reply) throw new NotFoundError('Message');
    if (reply.authorKind !== 'AGENT' || reply.internal) {
      throw ValidationError.single('messageId', 'Only an agent’s reply to the visitor can become a knowledge document');
    }
    const question = await prisma.message.findFirst({
      where: { conversationId: reply.conversationId, authorKind: 'VISITOR', seq: { lt: reply.seq } },
      orderBy: { seq: 'desc' },
      select: { body: true },
    });
    const heading = (title?.trim() || question?.body.replace(/\s+/g, ' ').trim() || 'Answer from the team').slice(
      0,
      200,
    );
    const closing = (await this.groups(actor.workspaceId))
      .filter((g) => g.conversations.has(reply.conversationId))
      .flatMap((g) => g.memberIds);
    const doc = await this.knowledge.create(actor, { title: heading, content: reply.body, sourceUrl: null });
    await prisma.unansweredQuestion.updateMany({
      where: {
        workspaceId: actor.workspaceId,
        answeredByDocumentId: null,
        OR: [{ id: { in: closing } }, { conversationId: reply.conversationId }],
      },
      data: { answeredByDocumentId: doc.id },
    });
    return doc;
  }
}
