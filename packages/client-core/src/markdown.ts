/**
 * The one rule for links and emphasis in messages, shared by the widget and the inbox: which
 * link targets are safe (http, https, mailto — never `javascript:`, `data:` or relative ones),
 * how a link opens (new tab, no opener, no referrer, nofollow), that an image is never loaded
 * but shown as a link labelled "Image: <alt>" (no tracking pixel), and how message text splits
 * into plain text, links (`[text](url)`, bare URLs) and **bold** runs. No HTML is produced: the
 * widget renders the segments as text nodes, <a> and <strong>; the inbox's markdown-it renderer
 * (paragraphs, lists, code) uses `safeHref`, `linkAttributes` and `imageLabel` for its links.
 */
export interface Segment {
  text: string;
  href?: string;
  strong?: boolean;
  /** A markdown image, shown as a link to it (never loaded). */
  image?: boolean;
}

/** How every message link opens. */
export const linkAttributes = { target: '_blank', rel: 'noopener noreferrer nofollow' } as const;

const safeProtocol = /^(?:https?:\/\/|mailto:)/i;

/** A safe link target, or null: http(s) and mailto only (after trimming). */
export function safeHref(url: string | null | undefined): string | null {
  const trimmed = (url ?? '').trim();
  // No control characters or spaces inside (a browser would drop them and may change the protocol).
  // eslint-disable-next-line no-control-regex
  if (!trimmed || /[\u0000-\u0020\u007f]/.test(trimmed)) return null;
  return safeProtocol.test(trimmed) ? trimmed : null;
}

/** The label of the link an image becomes. */
export function imageLabel(alt: string, src: string): string {
  return `Image: ${alt.trim() || src}`;
}

// [text](url "title") and ![alt](url): the target without spaces, optionally in <…>.
const markdownLink =
  /(!?)\[([^\]\n]{0,500})\]\(\s*<?([^\s<>()]+(?:\([^\s<>()]*\)[^\s<>()]*)*)>?(?:\s+"[^"\n]*")?\s*\)/g;
const bareUrl = /\bhttps?:\/\/[^\s<>"'`]+/gi;

/**
 * Message text as segments: markdown links and images (safe targets only; an unsafe one stays
 * plain text), bare http(s) URLs, and **bold** runs (when `bold`).
 */
export function segments(body: string, bold = true): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of body.matchAll(markdownLink)) {
    const [whole, bang, label = '', target = ''] = match;
    const href = safeHref(target);
    if (!href) continue;
    if (match.index > last) out.push(...emphasis(body.slice(last, match.index), bold));
    const image = bang === '!';
    out.push({ text: image ? imageLabel(label, href) : label.trim() || href, href, ...(image && { image }) });
    last = match.index + whole.length;
  }
  if (last < body.length) out.push(...emphasis(body.slice(last), bold));
  return out;
}

function emphasis(text: string, bold: boolean): Segment[] {
  if (!bold) return linkify(text);
  return text
    .split(/\*\*(?=\S)(.+?)(?<=\S)\*\*/s)
    .flatMap((part, index) =>
      index % 2 === 1 ? linkify(part).map((segment) => ({ ...segment, strong: true })) : linkify(part),
    );
}

/** Bare http(s) URLs as links; trailing punctuation (and an unbalanced ")") stays outside. */
export function linkify(body: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of body.matchAll(bareUrl)) {
    let url = match[0];
    for (;;) {
      const end = url.at(-1) ?? '';
      if (/[.,;:!?'"*]/.test(end)) url = url.slice(0, -1);
      else if (end === ')' && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1);
      else break;
    }
    const start = match.index;
    if (start > last) out.push({ text: body.slice(last, start) });
    out.push({ text: url, href: url });
    last = start + url.length;
  }
  if (last < body.length) out.push({ text: body.slice(last) });
  return out;
}
