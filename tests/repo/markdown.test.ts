/** client-core's message markdown rule (widget and inbox): safe links, images as links, bold. */
import { describe, expect, it } from 'vitest';
import { imageLabel, linkify, safeHref, segments } from '../../packages/client-core/src/markdown.ts';

describe('client-core markdown', () => {
  it('only http(s) and mailto targets are links', () => {
    expect(safeHref('https://example.com/a')).toBe('https://example.com/a');
    expect(safeHref('mailto:help@example.com')).toBe('mailto:help@example.com');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      '/relative',
      'java\nscript:x',
      '',
    ])
      expect(safeHref(bad)).toBeNull();
  });

  it('splits text into markdown links, bare URLs and bold runs; unsafe links stay text', () => {
    expect(segments('See [our returns page](https://example.com/returns).')).toEqual([
      { text: 'See ' },
      { text: 'our returns page', href: 'https://example.com/returns' },
      { text: '.' },
    ]);
    expect(segments('[click](javascript:alert(2)) **bold**')).toEqual([
      { text: '[click](javascript:alert(2)) ' },
      { text: 'bold', strong: true },
    ]);
    expect(segments('![receipt](https://t.example/p.png)')).toEqual([
      { text: 'Image: receipt', href: 'https://t.example/p.png', image: true },
    ]);
    expect(linkify('Go to https://example.com/x.')).toEqual([
      { text: 'Go to ' },
      { text: 'https://example.com/x', href: 'https://example.com/x' },
      { text: '.' },
    ]);
    expect(imageLabel('', 'https://x')).toBe('Image: https://x');
  });
});
