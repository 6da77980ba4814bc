// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { listenForWedge } from './wedge-listener';

let clock = 0;
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

function press(target: EventTarget, key: string, ms: number): KeyboardEvent {
  clock += ms;
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

function burst(target: EventTarget, text: string, ms = 5, end = 'Enter'): KeyboardEvent {
  for (const c of text) press(target, c, ms);
  return press(target, end, ms);
}

describe('listenForWedge', () => {
  it('a burst while a button has focus is one scan, and its Enter does not press the button', () => {
    document.body.innerHTML = '<button id="b">Discard box</button>';
    const button = document.getElementById('b')!;
    let clicked = 0;
    button.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') clicked++;
    });
    const scans: string[] = [];
    stop = listenForWedge(window, { onScan: (t) => scans.push(t), now: () => clock });
    const enter = burst(button, ']C1PF3XYZ12');
    expect(scans).toEqual([']C1PF3XYZ12']);
    expect(enter.defaultPrevented).toBe(true);
    expect(clicked).toBe(0);
    burst(document.body, 'JX4K2M3', 4, 'Tab');
    expect(scans).toEqual([']C1PF3XYZ12', 'JX4K2M3']);
  });

  it('leaves people and text fields alone', () => {
    document.body.innerHTML = '<input id="i"><input id="c" type="checkbox">';
    const scans: string[] = [];
    stop = listenForWedge(window, { onScan: (t) => scans.push(t), now: () => clock });
    const personEnter = burst(document.body, 'ABC12345', 140);
    expect(personEnter.defaultPrevented).toBe(false);
    burst(document.getElementById('i')!, 'JX4K2M3');
    expect(scans).toEqual([]);
    burst(document.getElementById('c')!, 'JX4K2M3'); // a checkbox takes no text
    expect(scans).toEqual(['JX4K2M3']);
  });

  it('takes nothing while paused (a dialog is open) and nothing after it is removed', () => {
    const scans: string[] = [];
    let paused = true;
    stop = listenForWedge(window, { onScan: (t) => scans.push(t), paused: () => paused, now: () => clock });
    burst(document.body, 'JX4K2M3');
    paused = false;
    burst(document.body, 'JX4K2M4');
    stop();
    stop = undefined;
    burst(document.body, 'JX4K2M5');
    expect(scans).toEqual(['JX4K2M4']);
  });
});
