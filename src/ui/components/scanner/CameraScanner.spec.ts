// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import CameraScanner from './CameraScanner.svelte';
import type { ListView } from '../../state/list/list-view.svelte';

// The decoder is the scanner adapter's (its own specs); here it answers "nothing in the frame".
const closed = vi.fn();
vi.mock('../../../adapters/scanner', () => ({
  createFrameDecoder: async () => ({
    kind: 'zxing-wasm',
    decode: async () => ({ ok: true, codes: [], ms: 1 }),
    warm: async () => ({ ok: true, codes: [], ms: 1 }),
    close: closed,
  }),
}));

class Track {
  readyState: MediaStreamTrackState = 'live';
  getCapabilities = () => ({}) as MediaTrackCapabilities;
  getSettings = () => ({ deviceId: 'cam' });
  applyConstraints = async () => {};
  addEventListener() {}
  removeEventListener() {}
  stop() {
    this.readyState = 'ended';
  }
}

let tracks: Track[] = [];
let refuse: string | undefined;
const asked: MediaStreamConstraints[] = [];

beforeEach(() => {
  tracks = [];
  refuse = undefined;
  asked.length = 0;
  localStorage.clear();
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: {
      getUserMedia: async (c: MediaStreamConstraints) => {
        asked.push(c);
        if (refuse) throw Object.assign(new Error(refuse), { name: refuse });
        const track = new Track();
        tracks.push(track);
        return { getVideoTracks: () => [track], getTracks: () => [track] };
      },
      enumerateDevices: async () => [],
    },
  });
  HTMLMediaElement.prototype.play = async () => {};
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const view = { addScan: vi.fn(async () => ({ kind: 'taken' })) } as unknown as ListView;
const live = () => tracks.filter((t) => t.readyState === 'live').length;

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('CameraScanner', () => {
  it('explains the camera before the first prompt, opens with the rear camera as ideal, and Stop releases every track', async () => {
    render(CameraScanner, { props: { view } });
    expect(screen.getByText(/Nothing is recorded or sent anywhere/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Scan with camera' }));
    await screen.findByText(/Hold the box label inside the frame/);
    expect((asked[0]!.video as MediaTrackConstraints).facingMode).toEqual({ ideal: 'environment' });
    expect(live()).toBe(1);
    await fireEvent.click(screen.getByRole('button', { name: 'Stop scanning' }));
    expect(live()).toBe(0);
    await waitFor(() => expect(closed).toHaveBeenCalled());
    await screen.findByRole('button', { name: 'Scan with camera' });
    // Explained once: the next visit goes straight to the button.
    expect(screen.queryByText(/Nothing is recorded or sent anywhere/)).toBeNull();
  });

  it('a hidden page releases the camera; it comes back with the page', async () => {
    render(CameraScanner, { props: { view } });
    await fireEvent.click(screen.getByRole('button', { name: 'Scan with camera' }));
    await screen.findByText(/Hold the box label inside the frame/);
    setVisibility('hidden');
    expect(live()).toBe(0);
    await screen.findByText(/turned off while Boxpilot was in the background/);
    setVisibility('visible');
    await waitFor(() => expect(live()).toBe(1));
    await screen.findByRole('button', { name: 'Stop scanning' });
  });

  it('leaving the screen (unmount) releases the camera', async () => {
    const { unmount } = render(CameraScanner, { props: { view } });
    await fireEvent.click(screen.getByRole('button', { name: 'Scan with camera' }));
    await screen.findByText(/Hold the box label inside the frame/);
    unmount();
    expect(live()).toBe(0);
  });

  it.each([
    ['NotAllowedError', /Boxpilot may not use the camera\. Allow it again/],
    ['NotFoundError', /No camera was found on this device/],
    ['NotReadableError', /in use by another app or browser tab/],
  ])('%s is explained with what to do, and can be tried again', async (name, text) => {
    refuse = name;
    render(CameraScanner, { props: { view } });
    await fireEvent.click(screen.getByRole('button', { name: 'Scan with camera' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(text);
    refuse = undefined;
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(live()).toBe(1));
  });
});

it('Stop pressed while the camera is still starting leaves nothing running', async () => {
  render(CameraScanner, { props: { view } });
  await fireEvent.click(screen.getByRole('button', { name: 'Scan with camera' }));
  await fireEvent.click(screen.getByRole('button', { name: 'Stop scanning' }));
  await screen.findByRole('button', { name: 'Scan with camera' });
  await new Promise((r) => setTimeout(r, 50));
  expect(live()).toBe(0);
});

it('a frozen picture is restarted once; frozen again, the technician is told', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  try {
    render(CameraScanner, { props: { view } });
    await fireEvent.click(screen.getByRole('button', { name: 'Scan with camera' }));
    await vi.advanceTimersByTimeAsync(100);
    expect(screen.getByText(/Hold the box label inside the frame/)).toBeTruthy();
    // jsdom's video never advances: no new frame for the watchdog's 4 s.
    await vi.advanceTimersByTimeAsync(5_500);
    expect(asked).toHaveLength(2); // restarted
    expect(tracks[0]!.readyState).toBe('ended');
    expect(screen.queryByRole('alert')).toBeNull();
    await vi.advanceTimersByTimeAsync(5_500);
    expect(screen.getByRole('alert').textContent).toMatch(/stopped sending pictures, also after a restart/);
    expect(live()).toBe(0);
  } finally {
    vi.useRealTimers();
  }
});
