/**
 * What the host page says about the visitor (`Baton.identify`, `Baton.setAttributes`), sent with
 * `identifyVisitor` once a session exists (and again for a new visitor after the session ended).
 * `signature` is the company server's HMAC-SHA256 of the externalId (or of the email when there
 * is none): with it agents see the visitor as verified. When the signed customer is already
 * known, the server moves this session to their record and hands back a token: it is stored
 * and the session resumed with it (`onMoved`).
 */
import { IdentifyVisitorDocument } from '../gql/graphql';
import { request } from '../lib/request';
import { log } from './log';
import { clip } from './page';
import { adoptToken, endpoint, session, token } from './session';

export interface Profile {
  name?: string;
  email?: string;
  externalId?: string;
  /** hex HMAC-SHA256(identity secret, externalId — or email when there is no externalId), made on your server. */
  signature?: string;
}

const profile: Profile = {};
const attributes: Record<string, unknown> = {};
let moved: () => void = () => {};

/** What to do once identifyVisitor moved this session to the customer's record (resume it). */
export function onMoved(listener: () => void): void {
  moved = listener;
}

export function identify(next: Profile): void {
  Object.assign(profile, next);
  void sendProfile();
}

export function setAttributes(next: Record<string, unknown>): void {
  Object.assign(attributes, next);
  void sendProfile();
}

/** Sends what the host page said about the visitor (nothing before a session, or when nothing was said). */
export async function sendProfile(): Promise<void> {
  if (!session || (Object.keys(profile).length === 0 && Object.keys(attributes).length === 0)) return;
  const input = {
    name: clip(profile.name, 120),
    email: clip(profile.email, 254),
    externalId: clip(profile.externalId, 200),
    signature: clip(profile.signature, 200),
    attributes: Object.entries(attributes).map(([key, value]) => ({ key, value: String(value).slice(0, 500) })),
  };
  try {
    const result = (await request(endpoint, IdentifyVisitorDocument, { input }, token)).identifyVisitor;
    if (result.__typename !== 'IdentifyVisitorPayload') log(`Baton.identify: ${result.message}`);
    else if (result.visitorToken) {
      adoptToken(result.visitorToken);
      moved();
    }
  } catch {
    // best effort: the chat works without it
  }
}
