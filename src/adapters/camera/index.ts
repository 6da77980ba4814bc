// The camera adapter's public face: getUserMedia behind a small interface, the frame grabber,
// and the stalled-video watchdog. Decoding is the scanner adapter's; the UI joins the two.
export type { CameraError, CameraErrorCode, CameraFeatures, CameraInfo, CameraResult, CameraSession, FrameRegion, MediaDevicesLike, ZoomRange } from './types';
export { openCamera, listCameras, cameraConstraints, type OpenOptions } from './open-camera';
export { rememberCamera, rememberedCamera } from './camera-choice';
export { createFrameGrabber, type FrameGrabber, type VideoSource } from './frame-grabber';
export { createLabelCamera, photoSize, PHOTO_MAX_WIDTH, PHOTO_QUALITY, type LabelCamera } from './label-photo';
export { sourceRect, targetSize, WHOLE_FRAME, type Rect } from './frame-geometry';
export { StallWatchdog } from './stall-watchdog';
