// Messages between the frame bridge (page) and the decoder worker.
import type { DecodeOptions, DecodeResult, DecoderKind } from './types';

export interface WarmSettings {
  /** The engine to load first. */
  prefer: DecoderKind;
  /** Load the other engine when the preferred one cannot run here. */
  fallback: boolean;
}

export type DecoderRequest =
  | { type: 'warm'; id: number; settings: WarmSettings }
  | { type: 'decode'; id: number; width: number; height: number; data: Uint8ClampedArray; options: DecodeOptions };

/** `kind` says which engine answered (absent when none loaded). */
export interface DecoderReply {
  id: number;
  result: DecodeResult;
  kind?: DecoderKind;
}
