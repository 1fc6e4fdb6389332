/**
 * Message text as the widget renders it: client-core's markdown rule (the inbox's too) — safe
 * links (`[text](url)`, bare URLs), images as links, **bold** — as text nodes, <a> and <strong>.
 */
export { safeHref as safeUrl, segments, type Segment } from '@baton/client-core/markdown';
