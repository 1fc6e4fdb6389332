/** Real Chromium (Debian's package) driven by playwright-core, with screenshots as artifacts. */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const artifactsDir = resolve(import.meta.dirname, '../../test-artifacts/screenshots');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      "Chromium not found: install Debian's `chromium` (scripts/ensure-chromium.sh) or set CHROMIUM_PATH.",
    );
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Pages, each in a fresh browser context, closed together after a test file. */
export class PagePool {
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly browser: () => Browser) {}

  /** A new page; with `failOnDialog` an unexpected alert/confirm fails the test. */
  async newPage(
    options: {
      viewport?: { width: number; height: number };
      failOnDialog?: boolean;
      /** A phone's user agent, touch and mobile viewport (`isMobile`), as a visitor's phone sends them. */
      device?: { userAgent: string; isMobile: boolean };
    } = {},
  ): Promise<Page> {
    const context = await this.browser().newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      ...(options.device && { ...options.device, hasTouch: options.device.isMobile }),
    });
    this.contexts.push(context);
    const page = await context.newPage();
    if (options.failOnDialog ?? true) {
      page.on('dialog', (dialog) => {
        throw new Error(`Unexpected dialog: ${dialog.message()}`);
      });
    }
    return page;
  }

  async closeAll(): Promise<void> {
    for (const c of this.contexts.splice(0)) await c.close();
  }
}

/** Signs a page in to the inbox by storing a session token, as the log-in form does. */
export async function signInWithToken(page: Page, baseUrl: string, token: string, route?: string): Promise<void> {
  await page.goto(baseUrl);
  await page.evaluate(
    (t) =>
      localStorage.setItem(
        'baton.session',
        JSON.stringify({ token: t, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }),
      ),
    token,
  );
  if (route) await page.goto(`${baseUrl}/${route}`);
  await page.reload();
  await page.getByRole('navigation', { name: 'Inbox' }).waitFor();
}
