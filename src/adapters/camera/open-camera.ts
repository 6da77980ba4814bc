import { rememberCamera, rememberedCamera, type KeyValueStore } from './camera-choice';
import { cameraError, toCameraError } from './errors';
import { advanced, readFeatures, type TrackLike } from './features';
import type { CameraInfo, CameraResult, CameraSession, MediaDevicesLike } from './types';

export interface OpenOptions {
  /** A camera picked by the technician; remembered for the next start. */
  deviceId?: string;
  /** For tests: the browser's pieces the adapter uses. */
  media?: MediaDevicesLike | undefined;
  secure?: boolean;
  choices?: KeyValueStore | undefined;
}

/**
 * The rear camera as `ideal`, never `exact`: laptops and the test's fake camera have no facing
 * mode, and `exact` would refuse them. 1280×720 is enough for a label at arm's length and keeps
 * each frame cheap to decode.
 */
export function cameraConstraints(deviceId: string | undefined): MediaStreamConstraints {
  const video: MediaTrackConstraints = {
    facingMode: { ideal: 'environment' },
    width: { ideal: 1280 },
    height: { ideal: 720 },
  };
  if (deviceId) video.deviceId = { ideal: deviceId };
  return { video, audio: false };
}

function browserMedia(): MediaDevicesLike | undefined {
  return typeof navigator !== 'undefined' ? navigator.mediaDevices : undefined;
}

export async function openCamera(options: OpenOptions = {}): Promise<CameraResult<CameraSession>> {
  const secure = options.secure ?? (typeof isSecureContext === 'boolean' ? isSecureContext : true);
  if (!secure) return { ok: false, error: cameraError('insecure-context') };
  const media = 'media' in options ? options.media : browserMedia();
  if (!media?.getUserMedia) return { ok: false, error: cameraError('no-camera') };
  const wanted = options.deviceId ?? rememberedCamera(options.choices);
  let stream: MediaStream;
  try {
    stream = await media.getUserMedia(cameraConstraints(wanted));
  } catch (first) {
    const error = toCameraError(first);
    if (error.code !== 'constraints') return { ok: false, error };
    // Nothing matched the preferred size: any camera is better than none.
    try {
      stream = await media.getUserMedia({ video: true, audio: false });
    } catch (second) {
      return { ok: false, error: toCameraError(second) };
    }
  }
  const track = stream.getVideoTracks()[0];
  if (!track) {
    stream.getTracks().forEach((t) => t.stop());
    return { ok: false, error: cameraError('no-camera') };
  }
  const session = new TrackSession(stream, track);
  if (options.deviceId) rememberCamera(session.deviceId, options.choices);
  await session.focusContinuously();
  return { ok: true, value: session };
}

/** Video inputs by label (labels are empty until the camera was allowed once). */
export async function listCameras(media: MediaDevicesLike | undefined = browserMedia()): Promise<CameraInfo[]> {
  if (!media?.enumerateDevices) return [];
  try {
    const all = await media.enumerateDevices();
    return all.filter((d) => d.kind === 'videoinput' && d.deviceId).map((d) => ({ deviceId: d.deviceId, label: d.label }));
  } catch {
    return [];
  }
}

class TrackSession implements CameraSession {
  readonly stream: MediaStream;
  readonly #track: TrackLike;
  readonly features;
  readonly deviceId: string | undefined;
  #stopped = false;

  constructor(stream: MediaStream, track: MediaStreamTrack & TrackLike) {
    this.stream = stream;
    this.#track = track;
    this.features = readFeatures(track);
    this.deviceId = track.getSettings().deviceId || undefined;
  }

  get live(): boolean {
    return !this.#stopped && this.stream.getVideoTracks().some((t) => t.readyState === 'live');
  }

  /** Continuous autofocus where the track has it: labels come and go at different distances. */
  async focusContinuously(): Promise<void> {
    if (!this.features.continuousFocus) return;
    await this.#apply({ focusMode: 'continuous' });
  }

  setTorch(on: boolean): Promise<CameraResult<void>> {
    if (!this.features.torch) return Promise.resolve({ ok: false, error: cameraError('constraints') });
    return this.#apply({ torch: on });
  }

  setZoom(value: number): Promise<CameraResult<void>> {
    const zoom = this.features.zoom;
    if (!zoom) return Promise.resolve({ ok: false, error: cameraError('constraints') });
    return this.#apply({ zoom: Math.min(zoom.max, Math.max(zoom.min, value)) });
  }

  stop(): void {
    this.#stopped = true;
    for (const t of this.stream.getTracks()) t.stop();
  }

  async #apply(constraint: Parameters<typeof advanced>[0]): Promise<CameraResult<void>> {
    try {
      await this.#track.applyConstraints(advanced(constraint));
      return { ok: true, value: undefined };
    } catch (thrown) {
      return { ok: false, error: toCameraError(thrown) };
    }
  }
}
