// The app's settings: one typed object with a default for every key. Stored one row per key
// (settings.ts), so a tab that changes the theme cannot overwrite another tab's language.
import { DIALECTS, type Dialect } from '../../core';

export type Language = 'auto' | 'en' | 'sv' | 'da';
export type Theme = 'system' | 'light' | 'dark';
/** Who may use the Partner Center API: an indirect reseller may not (it uploads the CSV, spec §4). */
export type PartnerKind = 'unknown' | 'direct' | 'indirect-provider' | 'indirect-reseller';

export interface Settings {
  /** 'auto' follows the browser's language. */
  language: Language;
  /** Rows per exported file before it is split (spec §1: Intune's limit, Partner Center's unknown). */
  maxRows: number;
  theme: Theme;
  /** Partner Center API base; an administrator may point it at their own relay (spec §4). */
  apiBaseUrl: string;
  /** Dialect a new list starts with. */
  defaultDialect: Dialect;
  /** Tones for scan results (vibration stays on: it disturbs no one). */
  sounds: boolean;
  /** Keep a small JPEG of each scanned label with its device (evidence for error 808); off by default. */
  keepLabelPhoto: boolean;
  /** Application (client) ID of the organisation's SPA registration ('' = not set up). */
  clientId: string;
  /** Microsoft sign-in authority, https. */
  authority: string;
  partnerKind: PartnerKind;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  language: 'auto',
  maxRows: 500,
  theme: 'system',
  apiBaseUrl: 'https://api.partnercenter.microsoft.com/v1',
  defaultDialect: 'partner-center',
  sounds: true,
  keepLabelPhoto: false,
  // A deployment may bake its registration in at build time (VITE_BOXPILOT_CLIENT_ID).
  clientId: clientId(import.meta.env.VITE_BOXPILOT_CLIENT_ID) ?? '',
  authority: 'https://login.microsoftonline.com/organizations',
  partnerKind: 'unknown',
});

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export const MAX_ROWS_LIMIT = 100_000;

const LANGUAGES: readonly Language[] = ['auto', 'en', 'sv', 'da'];
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
const PARTNER_KINDS: readonly PartnerKind[] = ['unknown', 'direct', 'indirect-provider', 'indirect-reseller'];

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((a) => a === value);
}

/** https anywhere, http only for a relay on this machine (a secure context either way). */
function apiUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    if (url.protocol === 'https:' || (url.protocol === 'http:' && local)) return url.href.replace(/\/+$/, '');
  } catch {
    // not a URL: fall back to the default
  }
  return undefined;
}

/** An application ID is a GUID; '' means "not set up yet". */
function clientId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = value.trim();
  return id === '' || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : undefined;
}

/** MSAL accepts only https authorities. */
function authorityUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'https:' && !url.username && !url.password) return url.href.replace(/\/+$/, '');
  } catch {
    // not a URL: fall back to the default
  }
  return undefined;
}

/** The value of one setting if it is valid, else undefined (the caller then uses the default). */
export function restoreSetting<K extends keyof Settings>(key: K, value: unknown): Settings[K] | undefined {
  const checked: { [P in keyof Settings]: (v: unknown) => Settings[P] | undefined } = {
    language: (v) => oneOf(LANGUAGES, v),
    maxRows: (v) => {
      const n = typeof v === 'string' ? Number(v) : v;
      return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_ROWS_LIMIT) : undefined;
    },
    theme: (v) => oneOf(THEMES, v),
    apiBaseUrl: apiUrl,
    defaultDialect: (v) => oneOf(DIALECTS, v),
    sounds: (v) => (typeof v === 'boolean' ? v : undefined),
    keepLabelPhoto: (v) => (typeof v === 'boolean' ? v : undefined),
    clientId,
    authority: authorityUrl,
    partnerKind: (v) => oneOf(PARTNER_KINDS, v),
  };
  return checked[key](value);
}
