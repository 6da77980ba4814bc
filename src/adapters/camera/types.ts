// The camera adapter's public types. Failures are values with stable codes; the UI says in
// words what each one means and what to do.

export type CameraErrorCode =
  /** The person (or a policy) refused the camera: it must be allowed again in site settings. */
  | 'permission-denied'
  /** No camera on this device, or the browser offers none. */
  | 'no-camera'
  /** The camera exists but cannot be read: another app or tab holds it. */
  | 'in-use'
  /** No camera satisfies the request, even the plain one asked for after a failed first try. */
  | 'constraints'
  /** Not https (or localhost): browsers hide the camera from insecure pages. */
  | 'insecure-context'
  /** The video stopped delivering frames and a restart did not help. */
  | 'stalled'
  | 'unknown';

export interface CameraError {
  code: CameraErrorCode;
  /** The browser's own error name (NotAllowedError …), kept for the log, never shown. */
  name?: string;
}

export type CameraResult<T> = { ok: true; value: T } | { ok: false; error: CameraError };

export interface ZoomRange {
  min: number;
  max: number;
  step: number;
}

/** What this particular track can do (phones differ per camera: one has a torch, one not). */
export interface CameraFeatures {
  torch: boolean;
  zoom: ZoomRange | undefined;
  continuousFocus: boolean;
}

export interface CameraInfo {
  deviceId: string;
  label: string;
}

export interface CameraSession {
  readonly stream: MediaStream;
  /** The deviceId the browser gave us (what "remember this camera" stores). */
  readonly deviceId: string | undefined;
  readonly features: CameraFeatures;
  /** False once stopped or ended by the browser (unplugged, revoked). */
  readonly live: boolean;
  setTorch(on: boolean): Promise<CameraResult<void>>;
  setZoom(value: number): Promise<CameraResult<void>>;
  /** Stops every track of the stream. Safe to call twice. */
  stop(): void;
}

/** The slice of `navigator.mediaDevices` the adapter uses (a fake in unit tests). */
export interface MediaDevicesLike {
  getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
  enumerateDevices(): Promise<MediaDeviceInfo[]>;
}

/** A region of the frame as fractions of its width and height (0…1): the aiming area. */
export interface FrameRegion {
  x: number;
  y: number;
  width: number;
  height: number;
}
