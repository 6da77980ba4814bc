import { formatMessage, type MessageCode } from './messages';
import type { DeviceField, Problem, Severity } from './types';

export interface Where {
  field?: DeviceField;
  index?: number;
  line?: number;
}

/** The one way the core builds a Problem: the message always comes from messages.ts. */
export function problem(
  code: MessageCode,
  severity: Severity,
  params: Record<string, string | number> = {},
  where: Where = {},
): Problem {
  const p: Problem = { code, severity, message: formatMessage(code, params), params };
  if (where.field !== undefined) p.field = where.field;
  if (where.index !== undefined) p.index = where.index;
  if (where.line !== undefined) p.line = where.line;
  return p;
}

export const hasError = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');
