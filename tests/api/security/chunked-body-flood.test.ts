/**
 * Threat: the 1 MiB body limit only read Content-Length, so a chunked body of 5–24 MB was read
 * and parsed. The limit holds on the bytes as they arrive: a chunked body is answered 413 with a
 * GraphQL error once it passes 1 MiB, and the server stops reading (the client cannot push more).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import { startTestServer } from '../../helpers/server.js';

// A trusted document (the tests' manifest), which a caller without credentials may run.
const CHUNKED_TYPENAME = graphql(`
  query ChunkedTypename {
    __typename
  }
`);

let server: BatonServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

interface Outcome {
  status: number;
  body: string;
  bytesWritten: number;
}

/** POSTs a chunked body (no Content-Length) of up to `totalBytes`, writing as fast as allowed. */
function sendChunked(totalBytes: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let bytesWritten = 0;
    let response: { status: number; body: string } | undefined;
    let writing = true;
    const req = request(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    const finish = () => (response ? resolve({ ...response, bytesWritten }) : reject(new Error('no response')));
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (text: string) => (body += text));
      res.on('end', () => {
        response = { status: res.statusCode ?? 0, body };
        writing = false;
        req.destroy();
        finish();
      });
    });
    req.on('error', () => {
      writing = false;
      if (response) finish();
    });
    req.write('{"query":"{ __typename }","variables":{"pad":"');
    const pump = () => {
      while (writing && bytesWritten < totalBytes) {
        bytesWritten += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (writing) req.end('"}}');
    };
    pump();
  });
}

describe('request body limit on the bytes', () => {
  it('a chunked 24 MB body is refused with 413 and not read to its end', async () => {
    const outcome = await sendChunked(24 * 1024 * 1024);
    expect(outcome.status).toBe(413);
    const body = JSON.parse(outcome.body) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(outcome.bytesWritten).toBeLessThan(24 * 1024 * 1024);
  });

  it('a chunked body under the limit is served, and the server is still up', async () => {
    const res = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([
        JSON.stringify({ query: String(CHUNKED_TYPENAME), variables: { pad: 'x'.repeat(200_000) } }),
      ]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
