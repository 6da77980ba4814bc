import { describe, expect, it } from 'vitest';
import { isFramedByAnotherOrigin, type FrameView } from './frame-guard';

const origin = 'https://boxpilot.example';
const ancestors = (...list: string[]) => ({ length: list.length, item: (i: number) => list[i] ?? null });

describe('isFramedByAnotherOrigin', () => {
  it('a top-level page is not framed', () => {
    const view = { location: { origin } } as { self: unknown; top: FrameView['top']; location: FrameView['location'] };
    Object.assign(view, { self: view, top: view });
    expect(isFramedByAnotherOrigin(view)).toBe(false);
  });
  it('a frame inside another origin is refused (ancestorOrigins, or the SecurityError of reading top)', () => {
    const top = {
      get location(): { origin: string } {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(isFramedByAnotherOrigin({ self: {}, top, location: { origin } })).toBe(true);
    expect(isFramedByAnotherOrigin({ self: {}, top: { location: { origin } }, location: { origin, ancestorOrigins: ancestors(origin, 'https://evil.example') } })).toBe(true);
  });
  it('a sandboxed frame (opaque origin) is refused; a frame of the same origin is allowed', () => {
    expect(isFramedByAnotherOrigin({ self: {}, top: { location: { origin } }, location: { origin: 'null' } })).toBe(true);
    expect(isFramedByAnotherOrigin({ self: {}, top: { location: { origin } }, location: { origin, ancestorOrigins: ancestors(origin) } })).toBe(false);
  });
});
