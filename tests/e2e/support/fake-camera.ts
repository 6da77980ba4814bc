import { open, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Session } from './browser';
import type { RgbaFrame } from '../../support/labels';

// Chromium plays a Y4M file as the camera (toolchain-notes.md, "Fake camera"): a text header, then
// per frame "FRAME\n" and the Y, U and V planes, 4:2:0 only. One frame is enough: it loops.
// Videos are generated at test time into a temp folder, never committed.

export function y4mHeader(width: number, height: number): string {
  return `YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`;
}

/** One RGBA frame as a one-frame 4:2:0 Y4M video (grey labels: U and V stay neutral). */
export function rgbaToY4m(frame: RgbaFrame): Buffer {
  const { width, height, data } = frame;
  const header = Buffer.from(y4mHeader(width, height) + 'FRAME\n', 'ascii');
  const luma = width * height;
  const chroma = (width / 2) * (height / 2);
  const out = Buffer.alloc(header.length + luma + 2 * chroma, 128);
  header.copy(out, 0);
  for (let i = 0; i < luma; i++) {
    // BT.601 luma, full range (C420jpeg)
    out[header.length + i] = Math.round(0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!);
  }
  return out;
}

export interface FakeCamera {
  /** The file Chromium reads as the camera. */
  readonly file: string;
  /**
   * Shows another picture on the running camera: the file is rewritten in place (same size, no
   * truncation), and Chromium's reader, which maps the file, plays the new bytes on its next loop.
   */
  show(frame: RgbaFrame): Promise<void>;
  /** Deletes the video (after the browser that plays it has closed). */
  dispose(): Promise<void>;
}

export async function fakeCamera(first: RgbaFrame): Promise<FakeCamera> {
  const dir = await mkdtemp(join(tmpdir(), 'boxpilot-camera-'));
  const file = join(dir, 'camera.y4m');
  await writeFile(file, rgbaToY4m(first));
  return {
    file,
    async show(frame) {
      const handle = await open(file, 'r+');
      try {
        await handle.write(rgbaToY4m(frame), 0);
      } finally {
        await handle.close();
      }
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface CameraLaunch {
  /** undefined: a browser with no camera at all. */
  video?: string;
  /** false: the permission prompt is not answered for the page (then deny it through the context). */
  autoAllow?: boolean;
  viewport?: { width: number; height: number };
}

/** A Chromium session whose camera is the given video (or that has none). */
export function launchWithCamera(profileDir: string, options: CameraLaunch): Promise<Session> {
  const args: string[] = [];
  if (options.autoAllow !== false) args.push('--use-fake-ui-for-media-stream');
  if (options.video) args.push('--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${options.video}`);
  return launch(profileDir, { extraArgs: args, ...(options.viewport ? { viewport: options.viewport } : {}) });
}

/**
 * Keeps every camera stream the page opens, so a test can check that none is left running.
 * Call before the page loads the app.
 */
export async function trackStreams(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const keep: MediaStream[] = [];
    (window as unknown as { __boxpilotStreams: MediaStream[] }).__boxpilotStreams = keep;
    const media = navigator.mediaDevices;
    if (!media) return;
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      keep.push(stream);
      return stream;
    };
  });
}

/** readyState of every video track the page ever opened ('live' or 'ended'). */
export function trackStates(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ((window as unknown as { __boxpilotStreams?: MediaStream[] }).__boxpilotStreams ?? []).flatMap((s) => s.getVideoTracks().map((t) => t.readyState)),
  );
}

/**
 * Resolves with the time (Date.now(), the same clock as the test's) at which `text` first
 * appears on the page: a MutationObserver inside the page, so polling adds no delay.
 */
export async function whenShown(page: Page, text: string): Promise<() => Promise<number>> {
  await page.evaluate((wanted) => {
    const w = window as unknown as { __seen?: Promise<number> };
    w.__seen = new Promise<number>((resolve) => {
      const check = () => {
        if (!document.body.textContent?.includes(wanted)) return false;
        resolve(Date.now());
        return true;
      };
      if (check()) return;
      const observer = new MutationObserver(() => check() && observer.disconnect());
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, text);
  return () => page.evaluate(() => (window as unknown as { __seen: Promise<number> }).__seen);
}
