// The evidence photo of a label (the "keep a photo of the label" setting): the aiming area of the
// video as it is now, at most 640 px wide, JPEG quality 0.6 (a label stays legible at 30–80 KB).
// Its own small canvas: the frame grabber's is sized for decoding and read back every frame.
import { sourceRect } from './frame-geometry';
import type { VideoSource } from './frame-grabber';
import type { FrameRegion } from './types';

export const PHOTO_MAX_WIDTH = 640;
export const PHOTO_QUALITY = 0.6;

export interface LabelCamera {
  /** A JPEG of the aiming area now; undefined before the first frame or where encoding failed. */
  take(video: VideoSource & CanvasImageSource, region?: FrameRegion): Promise<Blob | undefined>;
}

/** Never enlarged; narrowed to `maxWidth` with the aspect kept. */
export function photoSize(width: number, height: number, maxWidth = PHOTO_MAX_WIDTH): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / width);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export function createLabelCamera(): LabelCamera {
  let canvas: OffscreenCanvas | HTMLCanvasElement | undefined;
  return {
    async take(video, region) {
      if (!video.videoWidth || !video.videoHeight) return undefined;
      const from = sourceRect(video.videoWidth, video.videoHeight, region);
      const size = photoSize(from.width, from.height);
      canvas ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(size.width, size.height) : document.createElement('canvas');
      canvas.width = size.width;
      canvas.height = size.height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
      if (!context) return undefined;
      context.drawImage(video, from.x, from.y, from.width, from.height, 0, 0, size.width, size.height);
      // Both encoders copy the pixels when called, so a later photo cannot overwrite this one.
      try {
        if (typeof OffscreenCanvas === 'function' && canvas instanceof OffscreenCanvas) return await canvas.convertToBlob({ type: 'image/jpeg', quality: PHOTO_QUALITY });
        const html = canvas as HTMLCanvasElement;
        return await new Promise<Blob | undefined>((resolve) => html.toBlob((b) => resolve(b ?? undefined), 'image/jpeg', PHOTO_QUALITY));
      } catch {
        return undefined;
      }
    },
  };
}
