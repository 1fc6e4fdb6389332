/**
 * Threat: a production server that maps itself out (introspection, "Did you mean …"
 * suggestions for fields, arguments, enum values and types), lets any page read answers with
 * credentials (CORS echoing any Origin with Access-Control-Allow-Credentials), and can be
 * framed or sniffed (no CSP, X-Frame-Options, nosniff, Referrer-Policy). With NODE_ENV=production
 * and nothing else set, all of that is off, and the widget files stay loadable from any site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { gql, invalidDocument } from '../../helpers/graphql.js';
import { startTestServer } from '../../helpers/server.js';
import { signUp, type SignedIn } from '../../helpers/team.js';

let production: BatonServer;
let listed: BatonServer;
let owner: SignedIn;

beforeAll(async () => {
  production = await startTestServer({ NODE_ENV: 'production' });
  listed = await startTestServer({ NODE_ENV: 'production', BATON_CORS_ORIGINS: 'https://shop.example' });
  owner = await signUp(production.graphqlUrl);
});
afterAll(async () => {
  await production?.close();
  await listed?.close();
});

describe('GraphQL in production', () => {
  it('refuses introspection', async () => {
    // Even for agents, who may send any document (without credentials it is not trusted at all).
    const res = await gql(production.graphqlUrl, invalidDocument(`{ __schema { types { name } } }`), {}, owner.token);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(JSON.stringify(res.errors)).toMatch(/introspection/i);
    const type = await gql(
      production.graphqlUrl,
      invalidDocument(`{ __type(name: "Conversation") { name } }`),
      {},
      owner.token,
    );
    expect(type.body.data).toBeUndefined();
  });

  it('suggests nothing: field, argument, enum value (literal and variable), type, input field', async () => {
    const documents: [string, Record<string, unknown>][] = [
      [`{ viewr { id } }`, {}],
      [`{ conversations(frist: 1) { edges { node { id } } } }`, {}],
      [`{ conversations(status: [QUEUD]) { edges { node { id } } } }`, {}],
      [`query($s: [ConversationStatus!]) { conversations(status: $s) { edges { node { id } } } }`, { s: ['QUEUD'] }],
      [`query($s: [ConversationStatu!]) { conversations(status: $s) { edges { node { id } } } }`, {}],
      [
        `mutation($i: SendMessageInput!) { sendMessage(input: $i) { __typename } }`,
        { i: { conversationld: 'x', body: 'y' } },
      ],
    ];
    for (const [text, variables] of documents) {
      const res = await gql(production.graphqlUrl, invalidDocument(text), variables, owner.token);
      expect(res.errors?.length, text).toBeGreaterThan(0);
      expect(JSON.stringify(res.body), text).not.toMatch(/did you mean/i);
    }
  });

  it('keeps suggestions in development (the same check catches them)', async () => {
    const development = await startTestServer({ NODE_ENV: 'development' });
    try {
      const agent = await signUp(development.graphqlUrl);
      const res = await gql(development.graphqlUrl, invalidDocument(`{ viewr { id } }`), {}, agent.token);
      expect(res.errors?.map((e) => e.message).join('\n')).toMatch(/Did you mean "viewer"/);
    } finally {
      await development.close();
    }
  });
});

describe('CORS on /graphql', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
  const post = (url: string, origin: string) =>
    fetch(url, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('lets the widget call from any site by default, never with credentials', async () => {
    const pre = await preflight(production.graphqlUrl, 'https://any-customer.example');
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://any-customer.example');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
    const res = await post(production.graphqlUrl, 'https://any-customer.example');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://any-customer.example');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/origin/i);
  });

  it('with BATON_CORS_ORIGINS, answers only the listed origins', async () => {
    const ok = await preflight(listed.graphqlUrl, 'https://shop.example');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    for (const res of [
      await preflight(listed.graphqlUrl, 'https://evil.example'),
      await post(listed.graphqlUrl, 'https://evil.example'),
    ]) {
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('the answers given before Yoga (401) are readable by the same pages', async () => {
    const res = await fetch(production.graphqlUrl, {
      method: 'POST',
      headers: {
        origin: 'https://any-customer.example',
        'content-type': 'application/json',
        authorization: 'Bearer nope',
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://any-customer.example');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('security headers', () => {
  it('the inbox: strict CSP, no framing, nosniff, no referrer, same-origin resources', async () => {
    for (const path of ['/', '/conversations/anything']) {
      const res = await fetch(`${production.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/img-src 'self' data: blob:(;|$)/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('the widget files load from any site', async () => {
    const res = await fetch(`${production.url}/widget.js`, { headers: { origin: 'https://any-customer.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
  });

  it('/graphql answers with nosniff and no framing', async () => {
    const res = await fetch(production.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
