import type { Citation } from '../events/types.js';
import { builder } from './builder.js';

export const CitationRef = builder.objectRef<Citation>('Citation').implement({
  description: 'A knowledge document the assistant relied on.',
  fields: (t) => ({
    documentId: t.exposeString('documentId', {
      description: "The knowledge document's database id (not a global id; the document may since have been deleted).",
    }),
    title: t.exposeString('title', { description: 'The document title when it was cited.' }),
    sourceUrl: t.exposeString('sourceUrl', {
      nullable: true,
      description: 'Where the article is published, if the document has a source URL.',
    }),
  }),
});
