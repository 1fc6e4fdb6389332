/**
 * Knowledge documents (admins) and retrieval over them: documents are split into passages and
 * indexed per workspace with MiniSearch (BM25+ ranking). An index is rebuilt when the
 * workspace's documents change — checked with one cheap query per search, so instances that
 * did not make the change notice it too.
 */
import MiniSearch from 'minisearch';
import { z } from 'zod';
import type { AgentViewer } from '../auth/viewer.js';
import { NotFoundError } from '../errors.js';
import type { KnowledgeDocument } from '../generated/prisma/client.js';
import type { ServiceDeps } from './context.js';
import { optionalHttpUrl } from './validation.js';

export const knowledgeDocumentInput = z.object({
  title: z.string().trim().min(1, 'Give the document a title').max(200, 'Use at most 200 characters'),
  content: z.string().trim().min(1, 'The document is empty').max(200_000, 'Documents are limited to 200,000 characters'),
  sourceUrl: optionalHttpUrl,
});

export interface Passage {
  documentId: string;
  title: string;
  sourceUrl: string | null;
  text: string;
  score: number;
  /**
   * How well this passage covers the question (0..1): the share of the question's meaningful
   * words it contains; a word matched only approximately (fuzzy or prefix) counts half.
   */
  coverage: number;
}

interface IndexedPassage {
  id: string;
  documentId: string;
  title: string;
  sourceUrl: string | null;
  text: string;
}

const stopWords = new Set(
  ('a an and are as at be but by can could do does did for from have has how i if in into is it its me my of on or our ' +
    'please so that the their them then there these they this to was we what when where which who why will with would you ' +
    'your yours am been being get got any some about just also than too very hi hello hey thanks thank there\'s what\'s ' +
    'i\'m i\'ve it\'s don\'t doesn\'t didn\'t can\'t cannot want need tell know ' +
    // question scaffolding: "how long does … take", "how much is …"
    'long take takes much many often soon').split(' '),
);

/** A light English stemmer: enough to match "refunds" with "refund" and "shipping" with "ship". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed') && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** The meaningful, stemmed words of a text (what retrieval indexes and matches). */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [])
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 1 && !stopWords.has(w))
    .map(stem);
}

/** Splits markdown into passages of about `target` characters, keeping headings with their text. */
export function chunk(content: string, target = 700): string[] {
  const blocks = content.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const passages: string[] = [];
  let current = '';
  for (const block of blocks) {
    const heading = /^#{1,6}\s/.test(block);
    if (current && (heading || current.length + block.length > target)) {
      passages.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${block}` : block;
  }
  if (current) passages.push(current);
  return passages;
}

interface WorkspaceIndex {
  stamp: string;
  search: MiniSearch<IndexedPassage>;
}

export class KnowledgeService {
  private readonly indexes = new Map<string, WorkspaceIndex>();

  constructor(private readonly deps: ServiceDeps) {}

  private get prisma() {
    return this.deps.prisma;
  }

  create(actor: AgentViewer, input: z.output<typeof knowledgeDocumentInput>): Promise<KnowledgeDocument> {
    return this.prisma.knowledgeDocument.create({ data: { workspaceId: actor.workspaceId, ...input } });
  }

  async update(actor: AgentViewer, id: string, input: z.output<typeof knowledgeDocumentInput>): Promise<KnowledgeDocument> {
    await this.find(actor.workspaceId, id);
    return this.prisma.knowledgeDocument.update({ where: { id }, data: input });
  }

  async delete(actor: AgentViewer, id: string): Promise<KnowledgeDocument> {
    const doc = await this.find(actor.workspaceId, id);
    await this.prisma.knowledgeDocument.delete({ where: { id } });
    return doc;
  }

  private async find(workspaceId: string, id: string): Promise<KnowledgeDocument> {
    const doc = await this.prisma.knowledgeDocument.findFirst({ where: { id, workspaceId } });
    if (!doc) throw new NotFoundError('Knowledge document');
    return doc;
  }

  /** The best passages for `query` in the workspace's documents, best first. */
  async search(workspaceId: string, query: string, limit = 3): Promise<Passage[]> {
    const index = await this.index(workspaceId);
    const words = [...new Set(contentWords(query))];
    if (words.length === 0) return [];
    const results = index.search.search(words.join(' '), {
      boost: { title: 2 },
      fuzzy: (term) => (term.length > 5 ? 0.2 : false),
      prefix: (term) => term.length > 4,
    });
    return results.slice(0, limit).map((r) => {
      const matched = new Set(r.queryTerms);
      const exact = new Set(r.terms);
      return {
        documentId: r.documentId as string,
        title: r.title as string,
        sourceUrl: (r.sourceUrl as string | null) ?? null,
        text: r.text as string,
        score: r.score,
        coverage: words.reduce((sum, w) => sum + (exact.has(w) ? 1 : matched.has(w) ? 0.5 : 0), 0) / words.length,
      };
    });
  }

  private async index(workspaceId: string): Promise<WorkspaceIndex> {
    const stats = await this.prisma.knowledgeDocument.aggregate({
      where: { workspaceId },
      _count: true,
      _max: { updatedAt: true },
    });
    const stamp = `${stats._count}:${stats._max.updatedAt?.toISOString() ?? ''}`;
    const cached = this.indexes.get(workspaceId);
    if (cached?.stamp === stamp) return cached;
    const docs = await this.prisma.knowledgeDocument.findMany({ where: { workspaceId } });
    const search = new MiniSearch<IndexedPassage>({
      fields: ['title', 'text'],
      storeFields: ['documentId', 'title', 'sourceUrl', 'text'],
      tokenize: (text) => contentWords(text),
      processTerm: (term) => term,
    });
    search.addAll(
      docs.flatMap((doc) =>
        chunk(doc.content).map((text, i) => ({ id: `${doc.id}:${i}`, documentId: doc.id, title: doc.title, sourceUrl: doc.sourceUrl, text })),
      ),
    );
    const built = { stamp, search };
    this.indexes.set(workspaceId, built);
    return built;
  }
}
