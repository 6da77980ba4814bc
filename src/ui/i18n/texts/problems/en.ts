import { BINARY_KIND_WORDS, FIELD_WORDS, MESSAGES, NOISE_WORDS } from '../../../../core';
import type { ProblemWords } from './words';

// English is the core's own wording (src/core/messages.ts), already in the first screen's code.
export default {
  templates: MESSAGES,
  fields: FIELD_WORDS,
  binaryKinds: BINARY_KIND_WORDS,
  noise: NOISE_WORDS,
  fromYear: 'from {year}',
  current: 'current',
} satisfies ProblemWords;
