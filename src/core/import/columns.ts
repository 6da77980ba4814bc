// Header synonyms → device fields, matched case-insensitively and ignoring spaces, dots, dashes,
// underscores and slashes (spec §1: OEM and distributor spreadsheets have their own names).
import type { DeviceField } from '../types';

const SYNONYMS: Record<DeviceField, readonly string[]> = {
  serialNumber: [
    'Device Serial Number', 'Serial Number', 'Serial', 'Serial No', 'Serial No.', 'S/N', 'SN', 'Service Tag',
    'ServiceTag', 'Serialnumber', 'Serienummer', 'Serie nummer', 'Seriennummer', 'Numéro de série',
  ],
  pkid: [
    'Windows Product ID', 'PKID', 'Product Key ID', 'ProductKeyID', 'Windows Product Key ID', 'Product Key Id (PKID)',
    'Windows PKID', 'OA3 PKID', 'Product Key', 'productKey',
  ],
  hardwareHash: ['Hardware Hash', '4K HH', '4KHH', 'HW Hash', 'Hash', 'Hardware ID', 'Hardware Identifier', 'DeviceHardwareData', '4K Hardware Hash'],
  manufacturer: ['Manufacturer name', 'Manufacturer', 'OEM', 'OEM Manufacturer Name', 'oemManufacturerName', 'Vendor', 'Make', 'Brand', 'Tillverkare', 'Producent'],
  model: ['Device model', 'Model', 'MTM', 'Machine Type Model', 'Model Name', 'modelName', 'Product', 'Product Name', 'Modell'],
  groupTag: ['Group Tag', 'GroupTag', 'Order ID', 'OrderID', 'Tag'],
  assignedUser: ['Assigned User', 'AssignedUser', 'User', 'UPN', 'User Principal Name', 'Assigned User Principal Name', 'assignedUserPrincipalName'],
};

export const foldHeader = (h: string): string => h.toLowerCase().replace(/[\s._\-/()#:]+/g, '');

const BY_FOLDED = new Map<string, DeviceField>(
  (Object.entries(SYNONYMS) as [DeviceField, readonly string[]][]).flatMap(([field, names]) => names.map((n) => [foldHeader(n), field] as const)),
);

export function fieldForHeader(header: string): DeviceField | null {
  return BY_FOLDED.get(foldHeader(header)) ?? null;
}

export interface ColumnInfo {
  index: number;
  header: string | null;
  field: DeviceField | null;
}

export const HEADER_SYNONYMS: Readonly<Record<DeviceField, readonly string[]>> = SYNONYMS;
