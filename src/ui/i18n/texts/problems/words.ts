import type { BinaryKind, DeviceField, MessageCode, NoiseKind } from '../../../../core';

/** One language's words for the core's problems: each rule's template, keyed by its stable code,
 *  and the words that fill a few of their params (problem-params.ts). */
export interface ProblemWords {
  templates: Record<MessageCode, string>;
  fields: Record<DeviceField, string>;
  binaryKinds: Record<BinaryKind, string>;
  noise: Record<NoiseKind, string>;
  /** A tag generation "from 2019" ({year} filled in). */
  fromYear: string;
  /** The current tag generation. */
  current: string;
}
