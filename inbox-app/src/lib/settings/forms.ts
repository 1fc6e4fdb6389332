/** Shared helpers of the settings screens: mutation results → messages, field keys, dates. */
import type { CombinedError } from '@urql/svelte';
import { describeError, isUnauthenticated } from '../errors';
import { session } from '../session.svelte';

export interface FieldErrorLike {
  path: string;
  message: string;
}

/** What went wrong with a request: a sentence for the form and messages per field. */
export interface Failure {
  message: string;
  /** Keyed by the path without its `input.` prefix: `label`, `fields.0.key`, `allowedOrigins.1`. */
  fields: Record<string, string>;
}

export const noFailure: Failure = { message: '', fields: {} };

/** The members of a mutation result union that are errors (they all implement `Error`). */
export interface ErrorPayload {
  __typename: string;
  message: string;
  fieldErrors?: readonly FieldErrorLike[];
}

/**
 * Turns an error member of a result union into a Failure. `known` tells which field paths the
 * form shows next to an input; messages for other paths are added to the form-level sentence.
 */
export function failureOf(payload: ErrorPayload, known: (path: string) => boolean = () => true): Failure {
  switch (payload.__typename) {
    case 'AuthenticationError':
      session.end('Your session has ended. Please log in again.');
      return { message: payload.message, fields: {} };
    case 'ForbiddenError':
      return { message: payload.message || 'Only owners and admins can change settings.', fields: {} };
    case 'ValidationError': {
      const fields: Record<string, string> = {};
      const loose: string[] = [];
      for (const { path, message } of payload.fieldErrors ?? []) {
        const key = path.replace(/^input\./, '');
        if (known(key)) fields[key] ??= message;
        else loose.push(message);
      }
      const message =
        loose.length > 0
          ? loose.join(' ')
          : Object.keys(fields).length > 0
            ? 'Please correct the highlighted fields.'
            : payload.message;
      return { message, fields };
    }
    default:
      return { message: payload.message, fields: {} };
  }
}

/** A transport-level failure (network, GraphQL error) or an empty answer. */
export function transportFailure(error: CombinedError | undefined): Failure {
  if (error && isUnauthenticated(error)) session.end('Your session has ended. Please log in again.');
  return { message: error ? describeError(error) : 'No response from the server. Please try again.', fields: {} };
}

/** `Order number` → `orderNumber`; at most 40 letters, digits or _, starting with a letter. */
export function keyFromLabel(label: string): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  let key = words
    .map((word, index) => {
      const lower = word.toLowerCase();
      return index === 0 ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join('');
  if (/^[0-9]/.test(key)) key = `field${key}`;
  return key.slice(0, 40);
}

/** `base`, or `base2`, `base3`… when another field already uses it (keys compare case-insensitively). */
export function uniqueKey(base: string, taken: readonly string[]): string {
  if (base === '') return base;
  const used = new Set(taken.map((k) => k.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 40 - String(n).length)}${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** "just now", "5 minutes ago", "3 days ago", or the date when older than a month. */
export function relativeTime(iso: string, now = Date.now()): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const seconds = Math.round((now - then) / 1000);
  if (seconds < 45) return 'just now';
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return rtf.format(-hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 30) return rtf.format(-days, 'day');
  return formatDate(iso);
}

export const numberFormat = new Intl.NumberFormat();

/**
 * Copies text to the clipboard. When the Clipboard API is unavailable or refused (insecure
 * origin, permissions), selects `fallback`'s content so the user can press Ctrl+C / ⌘C.
 * Resolves to whether the text was copied.
 */
export async function copyText(text: string, fallback?: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection fallback
  }
  if (fallback) {
    if (fallback instanceof HTMLInputElement || fallback instanceof HTMLTextAreaElement) {
      fallback.focus();
      fallback.select();
    } else {
      const range = document.createRange();
      range.selectNodeContents(fallback);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    try {
      // Deprecated but still the only synchronous fallback; harmless when it does nothing.
      if (document.execCommand('copy')) return true;
    } catch {
      // the text stays selected
    }
  }
  return false;
}

/** Whether a URL-ish string is worth linking (http/https only). */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Spread onto a form control inside `<Field>`: `<input {...attrs} bind:value />`. */
export interface FieldAttrs {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': 'true' | undefined;
}

/** Scrolls the settings page (its own scroll container) back to the top. */
export function scrollSettingsToTop(): void {
  document.querySelector('.bt-settings')?.scrollTo({ top: 0 });
}
