import { GROUP_TAG_MAX_LENGTH, MANAGED_DESKTOP_TAGS } from '../identifiers/group-tags';
import { problem } from '../problems';
import type { Problem } from '../types';

const BY_FOLDED = new Map(MANAGED_DESKTOP_TAGS.map((t) => [t.tag.toLowerCase(), t]));
const EXACT = new Map(MANAGED_DESKTOP_TAGS.map((t) => [t.tag, t]));

/** Group tag (spec §5): Managed Desktop tags exactly, length warning above 64; never altered. */
export function checkGroupTag(value: string, index: number, out: Problem[]): void {
  const where = { field: 'groupTag' as const, index };
  if (value.length > GROUP_TAG_MAX_LENGTH) out.push(problem('group-tag.too-long', 'warning', { length: value.length }, where));
  const exact = EXACT.get(value);
  if (exact) {
    if (exact.current) {
      out.push(
        problem('group-tag.managed-desktop-older', 'info', { value, generation: exact.generation, current: exact.current }, where),
      );
    }
    return;
  }
  const folded = BY_FOLDED.get(value.toLowerCase());
  if (folded) out.push(problem('group-tag.managed-desktop-case', 'warning', { value, expected: folded.tag }, where));
  else if (value.toLowerCase().startsWith('microsoft365managed')) {
    out.push(problem('group-tag.managed-desktop-unknown', 'warning', { value }, where));
  }
}
