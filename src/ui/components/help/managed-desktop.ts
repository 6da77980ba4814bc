import type { ManagedDesktopTag } from '../../../core';
import type { MessageKey } from '../../i18n/packs';

// The core names Managed Desktop profiles in English ("Power user", "Kiosk, shared device");
// Help shows them in the current language. An unknown profile stays in English.
const PROFILE_KEYS: Record<string, MessageKey> = {
  Standard: 'help.mmd.standard',
  'Power user': 'help.mmd.powerUser',
  'Sensitive data': 'help.mmd.sensitiveData',
  Kiosk: 'help.mmd.kiosk',
};

const SHARED_SUFFIX = ', shared device';

export function profileLabel(tag: ManagedDesktopTag, t: (key: MessageKey, params?: Record<string, string>) => string): string {
  const shared = tag.profile.endsWith(SHARED_SUFFIX);
  const base = shared ? tag.profile.slice(0, -SHARED_SUFFIX.length) : tag.profile;
  const key = PROFILE_KEYS[base];
  const name = key ? t(key) : base;
  return shared ? t('help.mmd.shared', { profile: name }) : name;
}
