// Microsoft Managed Desktop group tags (spec §5): exact, case included. Both generations are
// offered, labelled; a tag is never altered.

export interface ManagedDesktopTag {
  tag: string;
  generation: 'current' | 'older (2022)';
  profile: string;
  /** For an older tag, the current tag for the same profile. */
  current?: string;
}

export const MANAGED_DESKTOP_TAGS: readonly ManagedDesktopTag[] = [
  { tag: 'Microsoft365Managed_Standard', generation: 'current', profile: 'Standard' },
  { tag: 'Microsoft365Managed_PowerUser', generation: 'current', profile: 'Power user' },
  { tag: 'Microsoft365Managed_SensitiveData', generation: 'current', profile: 'Sensitive data' },
  { tag: 'Microsoft365Managed_Kiosk', generation: 'current', profile: 'Kiosk' },
  { tag: 'Microsoft365Managed_Standard-Shared', generation: 'current', profile: 'Standard, shared device' },
  { tag: 'Microsoft365Managed_SensitiveData-Shared', generation: 'current', profile: 'Sensitive data, shared device' },
  { tag: 'Microsoft365Managed_Kiosk-Shared', generation: 'current', profile: 'Kiosk, shared device' },
  { tag: 'Microsoft365ManagedStandard_', generation: 'older (2022)', profile: 'Standard', current: 'Microsoft365Managed_Standard' },
  { tag: 'Microsoft365ManagedPowerUser_', generation: 'older (2022)', profile: 'Power user', current: 'Microsoft365Managed_PowerUser' },
  {
    tag: 'Microsoft365ManagedSensitiveData_',
    generation: 'older (2022)',
    profile: 'Sensitive data',
    current: 'Microsoft365Managed_SensitiveData',
  },
];

export const GROUP_TAG_MAX_LENGTH = 64;
