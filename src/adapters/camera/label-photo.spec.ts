import { describe, expect, it } from 'vitest';
import { photoSize } from './label-photo';

describe('label photo size', () => {
  it('narrows a wide aiming area to 640 px, keeping its aspect', () => {
    // 1920×1080 video, aiming area 90 % × 80 %: 1728×864.
    expect(photoSize(1728, 864)).toEqual({ width: 640, height: 320 });
  });
  it('never enlarges a small frame', () => {
    expect(photoSize(576, 384)).toEqual({ width: 576, height: 384 });
  });
});
