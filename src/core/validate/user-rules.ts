import { problem } from '../problems';
import type { Problem } from '../types';

/** name@domain.tld, no spaces: the shape of a user principal name. */
const UPN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function checkAssignedUser(value: string, index: number, out: Problem[]): void {
  if (!UPN.test(value)) out.push(problem('assigned-user.not-upn', 'error', { value }, { field: 'assignedUser', index }));
}
