// One-tap fixes for values that are right except for their spelling: a manufacturer or Managed
// Desktop tag that differs from the exact firmware/Microsoft form only in case (or is a known
// alias). The core's problems carry the exact form in `params.expected`; nothing is guessed here.
import type { DeviceField, Problem } from '../../../core';

export interface SpellingFix {
  field: DeviceField;
  value: string;
}

const FIXABLE: Record<string, DeviceField> = {
  'manufacturer.case': 'manufacturer',
  'manufacturer.alias': 'manufacturer',
  'group-tag.managed-desktop-case': 'groupTag',
};

export function spellingFixes(problems: readonly Problem[]): SpellingFix[] {
  const fixes: SpellingFix[] = [];
  for (const p of problems) {
    const field = FIXABLE[p.code];
    const expected = p.params?.expected;
    if (field && typeof expected === 'string' && expected !== '' && !fixes.some((f) => f.field === field)) {
      fixes.push({ field, value: expected });
    }
  }
  return fixes;
}
