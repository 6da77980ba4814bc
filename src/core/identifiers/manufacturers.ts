// Exact SMBIOS manufacturer strings (spec §1: the tuple is matched case-sensitively against the
// firmware). Sources: the spec's list, Microsoft's tuple examples, and the Win32_ComputerSystem
// Manufacturer values the OEMs ship. `csvSafe: false` marks a spelling a quote-free CSV cannot
// hold (the comma in Samsung's name): see validate/manufacturer-rules.ts.

export interface KnownManufacturer {
  /** Exactly as the firmware reports it. */
  name: string;
  /** Other ways people write it (compared case-insensitively). */
  aliases: readonly string[];
  csvSafe: boolean;
}

export const KNOWN_MANUFACTURERS: readonly KnownManufacturer[] = [
  { name: 'Microsoft Corporation', aliases: ['Microsoft', 'Microsoft Corp', 'Microsoft Corp.', 'Surface', 'MS'], csvSafe: true },
  { name: 'Dell Inc.', aliases: ['Dell', 'Dell Inc', 'Dell Computer Corporation', 'Dell Technologies'], csvSafe: true },
  { name: 'HP', aliases: ['HP Inc.', 'HP Inc', 'Hewlett Packard', 'Hewlett-Packard Development Company'], csvSafe: true },
  { name: 'Hewlett-Packard', aliases: [], csvSafe: true }, // older HP firmware
  { name: 'LENOVO', aliases: ['Lenovo Group', 'Lenovo Group Limited'], csvSafe: true },
  { name: 'Acer', aliases: ['Acer Inc.', 'Acer Inc'], csvSafe: true },
  { name: 'ASUSTeK COMPUTER INC.', aliases: ['ASUS', 'ASUSTeK', 'ASUSTeK Computer', 'ASUSTeK COMPUTER INC'], csvSafe: true },
  { name: 'Dynabook Inc.', aliases: ['Dynabook', 'Dynabook Inc'], csvSafe: true },
  { name: 'TOSHIBA', aliases: ['Toshiba Corporation'], csvSafe: true },
  { name: 'FUJITSU', aliases: ['Fujitsu Limited'], csvSafe: true },
  { name: 'FUJITSU CLIENT COMPUTING LIMITED', aliases: ['Fujitsu Client Computing'], csvSafe: true },
  { name: 'Panasonic Corporation', aliases: ['Panasonic'], csvSafe: true },
  { name: 'Samsung Electronics Co., Ltd.', aliases: ['Samsung', 'Samsung Electronics'], csvSafe: false },
  { name: 'Getac', aliases: ['Getac Technology Corporation'], csvSafe: true },
  { name: 'Xiaomi', aliases: [], csvSafe: true },
  { name: 'LG Electronics', aliases: ['LG'], csvSafe: true },
];

const EXACT = new Map(KNOWN_MANUFACTURERS.map((m) => [m.name, m]));
// Exact names win over aliases when folded ("hp" is HP's name, not an alias of something else):
// later entries of a Map's source replace earlier ones.
const FOLDED = new Map<string, { known: KnownManufacturer; how: 'case' | 'alias' }>([
  ...KNOWN_MANUFACTURERS.flatMap((m) => m.aliases.map((a) => [a.toLowerCase(), { known: m, how: 'alias' as const }] as const)),
  ...KNOWN_MANUFACTURERS.map((m) => [m.name.toLowerCase(), { known: m, how: 'case' as const }] as const),
]);

export type ManufacturerMatch =
  | { kind: 'exact'; known: KnownManufacturer }
  | { kind: 'case' | 'alias'; known: KnownManufacturer }
  | { kind: 'unknown' };

export function matchManufacturer(value: string): ManufacturerMatch {
  const exact = EXACT.get(value);
  if (exact) return { kind: 'exact', known: exact };
  const folded = FOLDED.get(value.trim().toLowerCase());
  if (folded) return { kind: folded.how, known: folded.known };
  return { kind: 'unknown' };
}
