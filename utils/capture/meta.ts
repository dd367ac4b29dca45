import { browser } from 'wxt/browser';
import type { CaptureMeta } from '../schemas/records';

const PROTECTED_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
];

/** Browsers refuse to let extensions capture their own pages and the extension stores. */
export function isCapturableUrl(raw: string | undefined): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) return false;
  if (url.hostname === 'chrome.google.com' && !url.pathname.startsWith('/webstore')) return true;
  return !PROTECTED_HOSTS.includes(url.hostname);
}

export function browserName(userAgent = navigator.userAgent): string {
  const m = /(Firefox|Edg|Chrome)\/([\d.]+)/.exec(userAgent);
  if (!m) return userAgent;
  const name = m[1] === 'Edg' ? 'Edge' : m[1] === 'Chrome' ? 'Chromium' : m[1];
  return `${name} ${m[2]}`;
}

export function captureMeta(method: string, extra: Partial<CaptureMeta> = {}): CaptureMeta {
  return {
    method,
    browser: browserName(),
    extensionVersion: browser.runtime.getManifest().version,
    utcOffsetMinutes: -new Date().getTimezoneOffset(),
    health: [],
    ...extra,
  };
}

export function dataUrlToBytes(dataUrl: string): { mime: string; bytes: Uint8Array } {
  const m = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!m) throw new Error('Not a data URL');
  const [, mime = 'application/octet-stream', b64, payload = ''] = m;
  if (!b64) return { mime, bytes: new TextEncoder().encode(decodeURIComponent(payload)) };
  const bin = atob(payload);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { mime, bytes };
}
