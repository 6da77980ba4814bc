import { describe, expect, it } from 'vitest';
import { openCamera, listCameras, cameraConstraints } from './open-camera';
import { rememberedCamera, rememberCamera, type KeyValueStore } from './camera-choice';
import { toCameraError } from './errors';
import { readFeatures } from './features';
import { sourceRect, targetSize } from './frame-geometry';
import { StallWatchdog } from './stall-watchdog';
import type { MediaDevicesLike } from './types';

class FakeTrack {
  readyState: MediaStreamTrackState = 'live';
  applied: MediaTrackConstraints[] = [];
  constructor(
    readonly caps: Record<string, unknown> = {},
    readonly deviceId = 'cam-1',
  ) {}
  getCapabilities() {
    return this.caps as MediaTrackCapabilities;
  }
  getSettings(): MediaTrackSettings {
    return { deviceId: this.deviceId };
  }
  async applyConstraints(c?: MediaTrackConstraints) {
    if (c) this.applied.push(c);
  }
  stop() {
    this.readyState = 'ended';
  }
}

function fakeStream(tracks: FakeTrack[]): MediaStream {
  return {
    getVideoTracks: () => tracks,
    getTracks: () => tracks,
  } as unknown as MediaStream;
}

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const domError = (name: string) => Object.assign(new Error(name), { name });

function media(answer: (c: MediaStreamConstraints) => MediaStream | Error, devices: Partial<MediaDeviceInfo>[] = []) {
  const asked: MediaStreamConstraints[] = [];
  const fake: MediaDevicesLike = {
    async getUserMedia(c) {
      asked.push(c);
      const a = answer(c);
      if (a instanceof Error) throw a;
      return a;
    },
    async enumerateDevices() {
      return devices as MediaDeviceInfo[];
    },
  };
  return { fake, asked };
}

describe('openCamera', () => {
  it('asks for the rear camera as ideal, never exact', () => {
    const video = cameraConstraints(undefined).video as MediaTrackConstraints;
    expect(video.facingMode).toEqual({ ideal: 'environment' });
    expect(JSON.stringify(cameraConstraints('abc'))).not.toContain('exact');
    expect((cameraConstraints('abc').video as MediaTrackConstraints).deviceId).toEqual({ ideal: 'abc' });
  });

  it('starts, reports features per track, turns on continuous focus, and stop ends every track', async () => {
    const track = new FakeTrack({ torch: true, zoom: { min: 1, max: 4, step: 0.5 }, focusMode: ['manual', 'continuous'] });
    const other = new FakeTrack();
    const { fake } = media(() => fakeStream([track, other]));
    const opened = await openCamera({ media: fake, secure: true, choices: memoryStore() });
    if (!opened.ok) throw new Error(opened.error.code);
    const session = opened.value;
    expect(session.features).toEqual({ torch: true, zoom: { min: 1, max: 4, step: 0.5 }, continuousFocus: true });
    expect(track.applied).toEqual([{ advanced: [{ focusMode: 'continuous' }] }]);
    expect(await session.setTorch(true)).toEqual({ ok: true, value: undefined });
    await session.setZoom(9);
    expect(track.applied.at(-1)).toEqual({ advanced: [{ zoom: 4 }] });
    expect(session.live).toBe(true);
    session.stop();
    expect([track.readyState, other.readyState]).toEqual(['ended', 'ended']);
    expect(session.live).toBe(false);
  });

  it('offers no torch or zoom where the track has none', async () => {
    const track = new FakeTrack({});
    const opened = await openCamera({ media: media(() => fakeStream([track])).fake, secure: true, choices: memoryStore() });
    if (!opened.ok) throw new Error(opened.error.code);
    expect(opened.value.features).toEqual({ torch: false, zoom: undefined, continuousFocus: false });
    expect(await opened.value.setTorch(true)).toEqual({ ok: false, error: { code: 'constraints' } });
    expect(track.applied).toEqual([]);
  });

  it.each([
    ['NotAllowedError', 'permission-denied'],
    ['SecurityError', 'permission-denied'],
    ['NotFoundError', 'no-camera'],
    ['NotReadableError', 'in-use'],
    ['AbortError', 'in-use'],
    ['WeirdError', 'unknown'],
  ])('%s becomes %s', async (name, code) => {
    const opened = await openCamera({ media: media(() => domError(name)).fake, secure: true, choices: memoryStore() });
    expect(opened).toEqual({ ok: false, error: { code, name } });
  });

  it('an over-constrained request is retried once with any camera', async () => {
    const track = new FakeTrack();
    const { fake, asked } = media((c) => (c.video === true ? fakeStream([track]) : domError('OverconstrainedError')));
    const opened = await openCamera({ media: fake, secure: true, choices: memoryStore() });
    expect(opened.ok).toBe(true);
    expect(asked).toHaveLength(2);
    const failing = media(() => domError('OverconstrainedError'));
    expect(await openCamera({ media: failing.fake, secure: true, choices: memoryStore() })).toEqual({
      ok: false,
      error: { code: 'constraints', name: 'OverconstrainedError' },
    });
  });

  it('refuses before asking on an insecure page, and says no camera where the browser has none', async () => {
    const { fake, asked } = media(() => fakeStream([new FakeTrack()]));
    expect(await openCamera({ media: fake, secure: false })).toEqual({ ok: false, error: { code: 'insecure-context' } });
    expect(asked).toEqual([]);
    expect(await openCamera({ media: undefined, secure: true })).toEqual({ ok: false, error: { code: 'no-camera' } });
    expect(await openCamera({ media: media(() => fakeStream([])).fake, secure: true, choices: memoryStore() })).toEqual({
      ok: false,
      error: { code: 'no-camera' },
    });
  });

  it('remembers a camera the technician picked and asks for it next time', async () => {
    const choices = memoryStore();
    const { fake, asked } = media(() => fakeStream([new FakeTrack({}, 'front-2')]));
    await openCamera({ media: fake, secure: true, choices, deviceId: 'front-2' });
    expect(rememberedCamera(choices)).toBe('front-2');
    await openCamera({ media: fake, secure: true, choices });
    expect((asked[1]!.video as MediaTrackConstraints).deviceId).toEqual({ ideal: 'front-2' });
    rememberCamera(undefined, choices);
    expect(rememberedCamera(choices)).toBeUndefined();
  });

  it('lists video inputs only', async () => {
    const { fake } = media(() => fakeStream([]), [
      { kind: 'videoinput', deviceId: 'a', label: 'Back' },
      { kind: 'audioinput', deviceId: 'm', label: 'Mic' },
    ]);
    expect(await listCameras(fake)).toEqual([{ deviceId: 'a', label: 'Back' }]);
  });
});

describe('camera pieces', () => {
  it('maps a thrown non-error to unknown', () => {
    expect(toCameraError('boom')).toEqual({ code: 'unknown' });
  });

  it('reads no features from a track that throws', () => {
    const track = new FakeTrack();
    track.getCapabilities = () => {
      throw new Error('not yet');
    };
    expect(readFeatures(track)).toEqual({ torch: false, zoom: undefined, continuousFocus: false });
  });

  it('crops the aiming area in whole pixels and never enlarges it', () => {
    expect(sourceRect(1280, 720, { x: 0.1, y: 0.25, width: 0.8, height: 0.5 })).toEqual({ x: 128, y: 180, width: 1024, height: 360 });
    expect(sourceRect(1280, 720, { x: -1, y: 0.5, width: 5, height: 5 })).toEqual({ x: 0, y: 360, width: 1280, height: 360 });
    expect(targetSize(1920, 1080, 1280)).toEqual({ width: 1280, height: 720 });
    expect(targetSize(640, 360, 1280)).toEqual({ width: 640, height: 360 });
  });

  it('the watchdog notices a video whose frames stopped advancing', () => {
    const dog = new StallWatchdog(2000, 0);
    dog.seen(1, 100);
    dog.seen(2, 1500);
    expect(dog.stalled(3000)).toBe(false);
    dog.seen(2, 3400); // the same frame again: no progress
    expect(dog.stalled(3600)).toBe(true);
    dog.reset(3600);
    expect(dog.stalled(5000)).toBe(false);
  });
});
