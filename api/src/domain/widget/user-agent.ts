/**
 * What a visitor's user agent says about their browser, system and device, parsed by bowser (a
 * maintained parser) — one rule for the API, the inbox and third parties. An iPhone is "Safari
 * on iOS", not the "Mac OS X" its user agent also names.
 */
import Bowser from 'bowser';

export type DeviceType = 'DESKTOP' | 'MOBILE' | 'TABLET' | 'TV' | 'BOT' | 'UNKNOWN';

export interface DeviceInfo {
  /** e.g. `Safari`, `Chrome`, `Microsoft Edge`; null when the user agent does not say. */
  browser: string | null;
  browserVersion: string | null;
  /** e.g. `iOS`, `macOS`, `Android`, `Windows`. */
  os: string | null;
  osVersion: string | null;
  type: DeviceType;
  /** e.g. `iPhone`, `iPad`, `Pixel 8`, when the user agent names it. */
  model: string | null;
  /** One line for people: `Safari 17.4 on iOS 17.4 (iPhone)`. */
  summary: string;
}

const types: Record<string, DeviceType> = {
  desktop: 'DESKTOP',
  mobile: 'MOBILE',
  tablet: 'TABLET',
  tv: 'TV',
  bot: 'BOT',
};

const text = (value: string | undefined) => (value && value.trim() ? value.trim() : null);

/** What the user agent says; null when there is none to read. */
export function deviceInfo(userAgent: string | null | undefined): DeviceInfo | null {
  if (!userAgent?.trim()) return null;
  const parsed = Bowser.parse(userAgent);
  const browser = text(parsed.browser.name);
  const browserVersion = text(parsed.browser.version);
  const os = text(parsed.os.name);
  // Windows reports "NT 10.0"; its versionName ("10") is what people call it.
  const osVersion = text(parsed.os.versionName && os === 'Windows' ? parsed.os.versionName : parsed.os.version);
  const model = text(parsed.platform.model);
  const type = types[parsed.platform.type ?? ''] ?? 'UNKNOWN';
  const named = (name: string | null, version: string | null) => (name && version ? `${name} ${version}` : name);
  const on = [named(browser, browserVersion) ?? 'Unknown browser', named(os, osVersion)].filter(Boolean).join(' on ');
  const device = model ?? (type === 'MOBILE' ? 'phone' : type === 'TABLET' ? 'tablet' : null);
  return { browser, browserVersion, os, osVersion, type, model, summary: device ? `${on} (${device})` : on };
}
