/**
 * The production build: `pnpm build` compiles the API (api/tsconfig.build.json → api/dist) and
 * client-core (→ packages/client-core/dist, read through the `baton-dist` export condition);
 * `pnpm start` runs the compiled JavaScript with plain node. Here: a fresh build, then the
 * compiled server started exactly as the start script says (no tsx anywhere in the process),
 * answering `/health` and a GraphQL query.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startBatonProcess, type BatonProcess } from '../helpers/baton-process.js';
import { signUp } from '../helpers/team.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const apiPackage = JSON.parse(readFileSync(join(root, 'api/package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

let baton: BatonProcess | undefined;
let dataDir: string | undefined;
afterAll(async () => {
  await baton?.terminate();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('production build', () => {
  it('pnpm start builds, then runs compiled JavaScript with node (tsx only for pnpm dev)', () => {
    expect(rootPackage.scripts.start).toBe('pnpm build && pnpm --filter @baton/api run start');
    expect(rootPackage.scripts.build).toContain('--filter @baton/client-core --filter @baton/api run build');
    expect(apiPackage.scripts.start).toBe('node --conditions=baton-dist dist/main.js');
    expect(apiPackage.scripts.dev).toContain('tsx');
  });

  it(
    'compiles from scratch and the compiled server answers /health and GraphQL (a sign-up, then a query)',
    { timeout: 240_000 },
    async () => {
      rmSync(join(root, 'api/dist'), { recursive: true, force: true });
      rmSync(join(root, 'packages/client-core/dist'), { recursive: true, force: true });
      execFileSync('pnpm', ['--filter', '@baton/client-core', '--filter', '@baton/api', 'run', 'build'], {
        cwd: root,
        stdio: 'pipe',
      });
      expect(existsSync(join(root, 'api/dist/main.js'))).toBe(true);
      expect(existsSync(join(root, 'packages/client-core/dist/response-time.js'))).toBe(true);

      dataDir = mkdtempSync(join(tmpdir(), 'baton-dist-'));
      // The start script's command, run from the repository root instead of api/.
      const [node, ...args] = apiPackage.scripts.start!.split(' ');
      expect(node).toBe('node');
      baton = await startBatonProcess(
        { BATON_DATA_DIR: dataDir, NODE_ENV: 'production' },
        {
          name: 'dist',
          nodeArgs: args.map((arg) => (arg.endsWith('.js') ? `api/${arg}` : arg)),
          startTimeoutMs: 120_000,
        },
      );
      const health = await fetch(`${baton.url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, database: 'pglite' });
      const ready = await fetch(`${baton.url}/ready`);
      expect(await ready.json()).toMatchObject({ ready: true, migrations: 'applied' });

      const owner = await signUp(baton.graphqlUrl, 'Compiled');
      const res = await fetch(baton.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
      expect(baton.stderr()).not.toMatch(/tsx|ERR_UNKNOWN_FILE_EXTENSION/);
    },
  );
});
