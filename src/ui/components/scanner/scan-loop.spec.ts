import { describe, expect, it } from 'vitest';
import { ScanLoop, type LoopCode, type LoopDecodeResult, type VideoLike } from './scan-loop';

// Frames are driven by the tests (tick); the video's own callback never fires here.
const video: VideoLike = { videoWidth: 1280, videoHeight: 720, currentTime: 0, requestVideoFrameCallback: () => 1, cancelVideoFrameCallback: () => {} };
const frame = { width: 1, height: 1, data: new Uint8ClampedArray(4) } as unknown as ImageData;

function setup(answers: (n: number) => LoopDecodeResult) {
  let clock = 0;
  const seen: LoopCode[][] = [];
  const inverts: boolean[] = [];
  const errors: string[] = [];
  let calls = 0;
  const loop = new ScanLoop({
    video,
    grab: () => frame,
    decoder: {
      decode: async (_f, o) => {
        inverts.push(o?.invert ?? false);
        return answers(calls++);
      },
    },
    onCodes: (codes) => void seen.push(codes),
    onStall: () => errors.push('stall'),
    onDecodeError: (code) => errors.push(code),
    holdMs: 3000,
    now: () => clock,
  });
  loop.start();
  return { loop, seen, inverts, errors, advance: (ms: number) => (clock += ms) };
}

const read = (...codes: [string, number][]): LoopDecodeResult => ({
  ok: true,
  ms: 5,
  codes: codes.map(([text, y]) => ({ text, symbology: 'Code128', box: { x: 10, y, width: 100, height: 20 } })),
});

describe('ScanLoop', () => {
  it('a label held in view for seconds hands its codes on once, top to bottom', async () => {
    const { loop, seen, advance } = setup(() => read(['3258461234567', 300], ['JX4K2M3', 100]));
    for (let f = 1; f <= 150; f++) {
      await loop.tick(f);
      advance(33);
    }
    expect(seen).toEqual([[expect.objectContaining({ text: 'JX4K2M3' }), expect.objectContaining({ text: '3258461234567' })]]);
    loop.stop();
  });

  it('a code shown again after it left the view counts again', async () => {
    let inView = true;
    const { loop, seen, advance } = setup(() => (inView ? read(['JX4K2M3', 0]) : read()));
    await loop.tick(1);
    inView = false;
    for (let f = 2; f < 200; f++) {
      await loop.tick(f);
      advance(33);
    }
    inView = true;
    await loop.tick(200);
    expect(seen).toHaveLength(2);
    loop.stop();
  });

  it('inverts every other frame, skips frames while paused, reports decoder failures but not "busy"', async () => {
    const { loop, inverts, errors } = setup((n) => (n === 2 ? { ok: false, error: { code: 'busy' } } : n === 3 ? { ok: false, error: { code: 'worker-failed' } } : read()));
    for (let f = 1; f <= 4; f++) await loop.tick(f);
    loop.pause(true);
    await loop.tick(5);
    expect(inverts).toEqual([false, true, false, true]);
    expect(errors).toEqual(['worker-failed']);
    loop.stop();
  });

  it('skips a frame while the previous one is still decoding (one in flight)', async () => {
    let release: (r: LoopDecodeResult) => void = () => {};
    let calls = 0;
    const loop = new ScanLoop({
      video,
      grab: () => frame,
      decoder: { decode: () => (calls++, new Promise((r) => (release = r))) },
      onCodes: () => {},
      onStall: () => {},
      onDecodeError: () => {},
    });
    loop.start();
    const first = loop.tick(1);
    await loop.tick(2);
    await loop.tick(3);
    expect(calls).toBe(1);
    release(read());
    await first;
    void loop.tick(4); // decodes (and waits on its own answer)
    expect(calls).toBe(2);
    loop.stop();
  });
});
