import { MESSAGES, type MessageCode } from '../../../core';

// The core's problem codes grouped by what they are about, for the Help screen's list of
// checks. A code is placed by its prefix (the part before the first dot); a prefix the core
// adds later and nobody placed yet lands in "other", so no check is ever missing from Help.
export const RULE_AREAS = [
  { id: 'identifiers', prefixes: ['identifiers', 'intune', 'corporate'] },
  { id: 'pkid', prefixes: ['pkid'] },
  { id: 'serial', prefixes: ['serial'] },
  { id: 'hash', prefixes: ['hash'] },
  { id: 'manufacturer', prefixes: ['manufacturer', 'model'] },
  { id: 'values', prefixes: ['value', 'cleaned', 'normalize'] },
  { id: 'group-tag', prefixes: ['group-tag'] },
  { id: 'assigned-user', prefixes: ['assigned-user'] },
  { id: 'duplicates', prefixes: ['duplicate'] },
  { id: 'writing', prefixes: ['rows', 'write'] },
  { id: 'reading', prefixes: ['file', 'column', 'row'] },
  { id: 'other', prefixes: [] },
] as const satisfies readonly { id: string; prefixes: readonly string[] }[];

export type RuleAreaId = (typeof RULE_AREAS)[number]['id'];

export interface RuleGroup {
  area: RuleAreaId;
  codes: MessageCode[];
}

const prefixOf = (code: string): string => code.split('.')[0] ?? code;

/** Every core code in its area, in the core's order; empty areas are left out. */
export function groupRules(codes: readonly MessageCode[] = Object.keys(MESSAGES) as MessageCode[]): RuleGroup[] {
  const byArea = new Map<RuleAreaId, MessageCode[]>(RULE_AREAS.map((a) => [a.id, []]));
  for (const code of codes) {
    const prefix = prefixOf(code);
    const area = RULE_AREAS.find((a) => (a.prefixes as readonly string[]).includes(prefix))?.id ?? 'other';
    byArea.get(area)?.push(code);
  }
  return RULE_AREAS.map((a) => ({ area: a.id, codes: byArea.get(a.id) ?? [] })).filter((g) => g.codes.length > 0);
}
