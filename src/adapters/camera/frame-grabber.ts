import { sourceRect, targetSize } from './frame-geometry';
import type { FrameRegion } from './types';

/** A playing <video> (or anything drawable that knows its video size). */
export interface VideoSource {
  readonly videoWidth: number;
  readonly videoHeight: number;
}

export interface FrameGrabber {
  /** The aiming area of the current video frame, downscaled; undefined before the first frame. */
  grab(video: VideoSource & CanvasImageSource, region?: FrameRegion): ImageData | undefined;
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * One canvas for the whole scanning session (a new one per frame would churn memory 30 times a
 * second). `willReadFrequently` keeps it on the CPU, where getImageData is cheap.
 */
export function createFrameGrabber(options: { maxSide?: number } = {}): FrameGrabber {
  const maxSide = options.maxSide ?? 1280;
  let canvas: OffscreenCanvas | HTMLCanvasElement | undefined;
  let context: Context2D | null = null;
  return {
    grab(video, region) {
      if (!video.videoWidth || !video.videoHeight) return undefined;
      const from = sourceRect(video.videoWidth, video.videoHeight, region);
      const size = targetSize(from.width, from.height, maxSide);
      if (!canvas) {
        canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(size.width, size.height) : document.createElement('canvas');
        context = canvas.getContext('2d', { willReadFrequently: true }) as Context2D | null;
      }
      if (!context) return undefined;
      if (canvas.width !== size.width || canvas.height !== size.height) {
        canvas.width = size.width;
        canvas.height = size.height;
      }
      context.drawImage(video, from.x, from.y, from.width, from.height, 0, 0, size.width, size.height);
      return context.getImageData(0, 0, size.width, size.height);
    },
  };
}
