// The shapes every layer shares. Plain data only: the core never sees the DOM, storage or Svelte.

/** The fields one Autopilot device can carry. A field is absent (not "") when empty. */
export interface Device {
  serialNumber?: string;
  /** Windows Product Key ID: 13 digits (spec §2), the "Windows Product ID" column. */
  pkid?: string;
  /** Base64 4K hardware hash (spec §3). */
  hardwareHash?: string;
  /** Exact SMBIOS manufacturer string, e.g. "Dell Inc." (spec §1, tuple). */
  manufacturer?: string;
  /** Exact SMBIOS model string; Lenovo uses the 10-character machine type model. */
  model?: string;
  groupTag?: string;
  assignedUser?: string;
}

export type DeviceField = keyof Device;

export const DEVICE_FIELDS: readonly DeviceField[] = [
  'serialNumber',
  'pkid',
  'hardwareHash',
  'manufacturer',
  'model',
  'groupTag',
  'assignedUser',
];

/** The three files Boxpilot writes (spec §1). */
export type Dialect = 'partner-center' | 'intune' | 'corporate-identifiers';

export const DIALECTS: readonly Dialect[] = ['partner-center', 'intune', 'corporate-identifiers'];

export type Severity = 'error' | 'warning' | 'info';

/**
 * One thing wrong (or worth knowing) about a device, a file or a value.
 * `code` is stable: the UI translates by it, tests assert on it. `message` is the English text,
 * complete on its own (what is wrong and what to do); `params` fill translated templates.
 */
export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  field?: DeviceField;
  /** Index of the device in the list given to the function, when the problem is about one. */
  index?: number;
  /** 1-based line in the source file, for problems found while reading. */
  line?: number;
  params?: Record<string, string | number>;
}
