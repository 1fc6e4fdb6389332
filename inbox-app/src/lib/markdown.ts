/**
 * Messages render as safe markdown: markdown-it with raw HTML disabled (so
 * `<img src=x onerror=…>` shows as text), with the link rule the widget uses too
 * (@baton/client-core/markdown): only http(s) and mailto targets become links (`safeHref`),
 * links open in a new tab without an opener (`linkAttributes`). Images are never loaded:
 * `![alt](url)` renders as a link labelled "Image: <alt>" (`imageLabel`), so a sender cannot
 * learn the agent's IP, browser or read time from a tracking pixel (the inbox's CSP
 * `img-src 'self' data: blob:` backs this up).
 */
import { imageLabel, linkAttributes, safeHref } from '@baton/client-core/markdown';
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

md.validateLink = (url) => safeHref(url) !== null;

const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('target', linkAttributes.target);
  tokens[idx]!.attrSet('rel', linkAttributes.rel);
  return defaultLinkOpen(tokens, idx, options, env, self);
};

md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const src = String(token.attrGet('src') ?? '');
  const label = imageLabel(self.renderInlineAsText(token.children ?? [], options, env), src);
  // The parser already normalised and validated the link (as for `[text](url)`).
  const href = md.utils.escapeHtml(src);
  const { target, rel } = linkAttributes;
  return `<a href="${href}" target="${target}" rel="${rel}" class="image-link">${md.utils.escapeHtml(label)}</a>`;
};

export function renderMarkdown(text: string): string {
  return md.render(text);
}
