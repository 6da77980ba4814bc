import type { MessageCode } from '../../core';

// Swedish and Danish texts of the core's problems, keyed by the same stable codes as
// src/core/messages.ts (the English source). Placeholders must match the English template.
export const PROBLEM_TEXTS: Record<'sv' | 'da', Partial<Record<MessageCode, string>>> = {
  sv: {},
  da: {},
};
