import type { CameraFeatures, ZoomRange } from './types';

// Torch, zoom and focus modes are not in TypeScript's DOM types (Chromium-only extensions of
// Image Capture): read them defensively, per track, because every camera differs.
interface ExtendedCapabilities {
  torch?: boolean;
  zoom?: { min?: number; max?: number; step?: number };
  focusMode?: string[];
}

export interface TrackLike {
  readonly readyState: MediaStreamTrackState;
  getCapabilities?(): MediaTrackCapabilities;
  getSettings(): MediaTrackSettings;
  applyConstraints(constraints?: MediaTrackConstraints): Promise<void>;
  stop(): void;
}

export function readFeatures(track: TrackLike): CameraFeatures {
  let caps: ExtendedCapabilities = {};
  try {
    caps = (track.getCapabilities?.() ?? {}) as ExtendedCapabilities;
  } catch {
    // Some browsers throw before the track is live: no extras then.
  }
  return {
    torch: caps.torch === true,
    zoom: zoomRange(caps.zoom),
    continuousFocus: Array.isArray(caps.focusMode) && caps.focusMode.includes('continuous'),
  };
}

function zoomRange(zoom: ExtendedCapabilities['zoom']): ZoomRange | undefined {
  if (!zoom || typeof zoom.min !== 'number' || typeof zoom.max !== 'number' || zoom.max <= zoom.min) return undefined;
  return { min: zoom.min, max: zoom.max, step: typeof zoom.step === 'number' && zoom.step > 0 ? zoom.step : 0.1 };
}

/** The constraint that asks a track for one of the extras (typed loosely for the same reason). */
export function advanced(constraint: { torch?: boolean; zoom?: number; focusMode?: string }): MediaTrackConstraints {
  return { advanced: [constraint as MediaTrackConstraintSet] };
}
