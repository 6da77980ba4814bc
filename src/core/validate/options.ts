import type { DeviceField } from '../types';

export interface ValidateOptions {
  /** Rows per file (default 500): more devices than this gives an info that the export is split. */
  maxRows?: number;
  /** Name of another list already holding this serial / PKID / hash, if any. */
  findElsewhere?: (field: DeviceField, value: string) => string | undefined;
  /** Name of the list being validated (so a lookup that finds the list itself is ignored). */
  listName?: string;
}
