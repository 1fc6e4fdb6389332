/**
 * The visitor's session: `startWidgetSession` starts or resumes it (the stored visitor token
 * resumes the same conversation; each start renews the token, and the renewed one is stored),
 * network failures are retried, and a refusal (unknown key, origin not allowed) is logged once
 * and ends the widget. A token the server no longer accepts (the session was ended, expired, or
 * the page's origin is no longer allowed) starts a new visitor: the page's `Baton.identify` is
 * then sent again for it (`whenVisitorChanges`).
 *
 * One per page, so the state is this module's (plain variables also keep widget.js small).
 */
import { StartWidgetSessionDocument, type StartWidgetSessionMutation } from '../gql/graphql';
import { request, RequestError } from '../lib/request';
import type { WidgetSession } from '../lib/types';
import { log } from './log';
import { pageMetadata } from './page';
import { tokenStorage, type TokenStorage } from './storage';

type Refusal = Exclude<StartWidgetSessionMutation['startWidgetSession'], { __typename: 'WidgetSession' }>;

/** `https://baton.example/graphql`, from the script's own origin. */
export let endpoint = '';
/** The latest session started; null until the first one has. */
export let session: WidgetSession | null = null;
/** The visitor token ('' before the first session). */
export let token = '';
/** The server refused the widget: nothing more is attempted. */
export let fatal = false;

let publicKey = '';
let storage: TokenStorage;
let visitorChanged: () => void = () => {};

/** Called when a session start lands on another visitor than before (a new one, or the verified customer's). */
export function whenVisitorChanges(listener: () => void): void {
  visitorChanged = listener;
}

/** A token the server handed out for this session (identifyVisitor moved it to the customer's record). */
export function adoptToken(next: string): void {
  token = next;
  storage.set(token);
}

export function configureSession(graphqlUrl: string, key: string): void {
  endpoint = graphqlUrl;
  publicKey = key;
  storage = tokenStorage(key);
  token = storage.get() ?? '';
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function logRefusal(result: Refusal): void {
  if (result.__typename === 'NotFoundError') {
    log(
      `No workspace has the widget key "${publicKey}". Check data-workspace on the widget <script> tag (Baton → Settings → Workspace). The chat is not shown.`,
    );
  } else if (result.__typename === 'ForbiddenError') {
    log(
      `${result.message} Add ${location.origin} to the allowed origins in Baton → Settings → Workspace. The chat is not shown.`,
    );
  } else {
    log(`The chat could not start: ${result.message}`);
  }
}

let starting: Promise<WidgetSession | null> | null = null;

/**
 * Starts (or resumes) the session; retries network failures and "try again later" answers.
 * Null when it cannot start. One start at a time: callers that ask while one runs (the socket
 * and a request both refused after the session was ended) share it, so one new visitor is made.
 */
export function startSession(): Promise<WidgetSession | null> {
  starting ??= start().finally(() => (starting = null));
  return starting;
}

async function start(): Promise<WidgetSession | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      const result = (
        await request(endpoint, StartWidgetSessionDocument, {
          input: { publicKey, visitorToken: token || null, metadata: pageMetadata() },
        })
      ).startWidgetSession;
      if (result.__typename === 'WidgetSession') {
        const changed = session !== null && session.visitorId !== result.visitorId;
        adoptToken(result.token);
        session = result;
        if (changed) visitorChanged();
        return result;
      }
      // The database is briefly unreachable: not a refusal, retried like a 503.
      if (result.__typename === 'ServiceUnavailableError') throw new RequestError(result.message, 503);
      fatal = true;
      logRefusal(result);
      return null;
    } catch (error) {
      if (!(error instanceof RequestError) || !error.retryable || attempt >= 4) {
        log(`Cannot reach the chat server at ${endpoint}: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      }
      await wait(1000 * 2 ** attempt);
    }
  }
}
