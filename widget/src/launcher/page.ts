/** What the widget tells the team about the page the visitor is on (sent with every session start). */
import type { SessionMetadataInput } from '../gql/graphql';

/** `value` cut to `max` characters; null when empty. */
export const clip = (value: string | null | undefined, max: number) => (value ? value.slice(0, max) : null);

const httpUrl = (value: string) => (/^https?:/.test(value) ? clip(value, 2000) : null);

export function pageMetadata(): SessionMetadataInput {
  let timezone: string | null = null;
  try {
    timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    // unknown
  }
  return {
    pageUrl: httpUrl(location.href),
    pageTitle: clip(document.title, 500),
    referrer: httpUrl(document.referrer),
    locale: clip(navigator.language, 35),
    timezone: clip(timezone, 64),
    userAgent: clip(navigator.userAgent, 500),
  };
}
