import type { FrameRegion } from './types';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The whole frame: the aiming area when none is set. */
export const WHOLE_FRAME: FrameRegion = { x: 0, y: 0, width: 1, height: 1 };

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/** The aiming area in video pixels (whole pixels, inside the frame, at least 1×1). */
export function sourceRect(videoWidth: number, videoHeight: number, region: FrameRegion = WHOLE_FRAME): Rect {
  const x = Math.floor(clamp01(region.x) * videoWidth);
  const y = Math.floor(clamp01(region.y) * videoHeight);
  const right = Math.ceil(clamp01(region.x + region.width) * videoWidth);
  const bottom = Math.ceil(clamp01(region.y + region.height) * videoHeight);
  return { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) };
}

/**
 * The size the area is decoded at: never enlarged, shrunk so its longer side is at most
 * `maxSide` (a bigger frame costs decode time and reads no better at label distance).
 */
export function targetSize(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
