/**
 * Splits message text into plain text, http(s) links and (for the assistant, which quotes
 * markdown help articles) **bold** runs — rendered as text nodes, <a> and <strong>, never HTML.
 */
export interface Segment {
  text: string;
  href?: string;
  strong?: boolean;
}

const urlPattern = /\bhttps?:\/\/[^\s<>"'`]+/gi;

export function segments(body: string, bold: boolean): Segment[] {
  if (!bold) return linkify(body);
  return body
    .split(/\*\*(?=\S)(.+?)(?<=\S)\*\*/s)
    .flatMap((part, index) =>
      index % 2 === 1 ? linkify(part).map((segment) => ({ ...segment, strong: true })) : linkify(part),
    );
}

export function linkify(body: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of body.matchAll(urlPattern)) {
    let url = match[0];
    // Leave trailing punctuation (and an unbalanced closing parenthesis) outside the link.
    for (;;) {
      const end = url.at(-1) ?? '';
      if (/[.,;:!?'"]/.test(end)) url = url.slice(0, -1);
      else if (end === ')' && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1);
      else break;
    }
    const start = match.index;
    if (start > last) segments.push({ text: body.slice(last, start) });
    segments.push({ text: url, href: url });
    last = start + url.length;
  }
  if (last < body.length) segments.push({ text: body.slice(last) });
  return segments;
}

/** A safe link target for a citation: http(s) only. */
export function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}
