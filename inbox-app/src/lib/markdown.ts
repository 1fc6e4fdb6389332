/**
 * Messages render as safe markdown: markdown-it with raw HTML disabled (so
 * `<img src=x onerror=…>` shows as text) and its link validation (no `javascript:` links);
 * links open in a new tab without an opener. Images are never loaded: `![alt](url)` renders as
 * a link labelled with its alt text, so a sender cannot learn the agent's IP, browser or read
 * time from a tracking pixel (the inbox's CSP `img-src 'self' data: blob:` backs this up).
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('target', '_blank');
  tokens[idx]!.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const src = String(token.attrGet('src') ?? '');
  const label = `Image: ${self.renderInlineAsText(token.children ?? [], options, env) || src}`;
  // The parser already normalised and validated the link (as for `[text](url)`).
  const href = md.utils.escapeHtml(src);
  return `<a href="${href}" target="_blank" rel="noopener noreferrer nofollow" class="image-link">${md.utils.escapeHtml(label)}</a>`;
};

export function renderMarkdown(text: string): string {
  return md.render(text);
}
