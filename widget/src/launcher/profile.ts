/**
 * What the host page says about the visitor (`Baton.identify`, `Baton.setAttributes`), sent with
 * `identifyVisitor` once a session exists.
 */
import { IdentifyVisitorDocument } from '../gql/graphql';
import { request } from '../lib/request';
import { log } from './log';
import { clip } from './page';
import { endpoint, session, token } from './session';

export interface Profile {
  name?: string;
  email?: string;
  externalId?: string;
}

const profile: Profile = {};
const attributes: Record<string, unknown> = {};

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
    attributes: Object.entries(attributes).map(([key, value]) => ({ key, value: String(value).slice(0, 500) })),
  };
  try {
    const result = (await request(endpoint, IdentifyVisitorDocument, { input }, token)).identifyVisitor;
    if (result.__typename !== 'IdentifyVisitorPayload') log(`Baton.identify: ${result.message}`);
  } catch {
    // best effort: the chat works without it
  }
}
