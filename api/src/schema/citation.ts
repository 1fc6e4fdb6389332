import type { Citation } from '../events/types.js';
import { builder } from './builder.js';

export const CitationRef = builder.objectRef<Citation>('Citation').implement({
  description: 'A knowledge document the assistant relied on.',
  fields: (t) => ({
    documentId: t.exposeString('documentId'),
    title: t.exposeString('title'),
    sourceUrl: t.exposeString('sourceUrl', { nullable: true }),
  }),
});
