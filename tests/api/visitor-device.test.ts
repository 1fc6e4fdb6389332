/**
 * `SessionMetadata.device`: the visitor's browser, system and device as the server reads their
 * user agent (domain/widget/user-agent.ts, bowser), over real HTTP for real widget sessions —
 * phones, tablets and desktops, a user agent that names nothing, and none at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { expectTypename, gql } from '../helpers/graphql.js';
import { metadata, publicKeyOf, START_SESSION } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { signUp, type SignedIn } from '../helpers/team.js';

const DEVICE = graphql(`
  query VisitorDevice($id: ID!) {
    conversation(id: $id) {
      sessionMetadata {
        userAgent
        device {
          browser
          browserVersion
          os
          osVersion
          type
          model
          summary
        }
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let publicKey: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Devices');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
});
afterAll(async () => {
  await server?.close();
});

/** The device an agent sees for a new widget session opened with `userAgent`. */
async function deviceOf(userAgent: string | null) {
  const res = await gql(server.graphqlUrl, START_SESSION, {
    input: { publicKey, metadata: { ...metadata, userAgent } },
  });
  const session = expectTypename(res.data.startWidgetSession, 'WidgetSession');
  const seen = await gql(server.graphqlUrl, DEVICE, { id: session.conversation.id }, owner.token);
  return seen.data.conversation!.sessionMetadata;
}

describe('SessionMetadata.device', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    [
      'an iPhone (its user agent also says "Mac OS X")',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
      {
        browser: 'Safari',
        os: 'iOS',
        osVersion: '17.4',
        type: 'MOBILE',
        model: 'iPhone',
        summary: 'Safari 17.4 on iOS 17.4 (iPhone)',
      },
    ],
    [
      'an iPad',
      'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
      { os: 'iOS', type: 'TABLET', model: 'iPad', summary: 'Safari 16.6 on iOS 16.6 (iPad)' },
    ],
    [
      'a Mac',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
      { browser: 'Safari', os: 'macOS', type: 'DESKTOP', model: null, summary: 'Safari 17.4 on macOS 10.15.7' },
    ],
    [
      'an Android phone',
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
      { browser: 'Chrome', os: 'Android', type: 'MOBILE', summary: 'Chrome 124.0 on Android 14 (phone)' },
    ],
    [
      'Edge on Windows (its user agent also says Chrome and Safari)',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 Edg/124.0',
      {
        browser: 'Microsoft Edge',
        os: 'Windows',
        osVersion: '10',
        type: 'DESKTOP',
        summary: 'Microsoft Edge 124.0 on Windows 10',
      },
    ],
    [
      'a user agent that names nothing',
      'definitely-not-a-browser <script>',
      { browser: null, os: null, type: 'UNKNOWN', model: null, summary: 'Unknown browser' },
    ],
  ];
  for (const [what, userAgent, expected] of cases) {
    it(`reads ${what}`, async () => {
      const seen = await deviceOf(userAgent);
      expect(seen.userAgent).toBe(userAgent);
      expect(seen.device).toMatchObject(expected);
    });
  }

  it('is null without a user agent', async () => {
    expect((await deviceOf(null)).device).toBeNull();
  });
});
