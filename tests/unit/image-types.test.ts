import { describe, expect, it } from 'vitest';
import { describeOtherType, sniffImageType } from '@/lib/domain/image-types';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

describe('sniffImageType', () => {
  it.each([
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['image/png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0])],
    ['image/webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['image/gif', bytes('GIF89a', [1, 0])],
    ['image/gif', bytes('GIF87a')],
  ])('reads %s from its first bytes', (type, data) => {
    expect(sniffImageType(data)).toBe(type);
  });

  it.each([
    ['text', bytes('just words')],
    ['a truncated PNG signature', bytes([0x89], 'PNG')],
    ['RIFF that is not WebP', bytes('RIFF', [1, 2, 3, 4], 'WAVE')],
    ['nothing', bytes()],
  ])('accepts no %s', (_label, data) => {
    expect(sniffImageType(data)).toBeNull();
  });

  it('names the common files it refuses', () => {
    expect(describeOtherType(bytes([0, 0, 0, 24], 'ftypheic'))).toBe('a HEIC photo');
    expect(describeOtherType(bytes([0, 0, 0, 24], 'ftypavif'))).toBe('an AVIF picture');
    expect(describeOtherType(bytes('BM', [0, 0]))).toBe('a BMP picture');
    expect(describeOtherType(bytes('%PDF-1.4'))).toBe('a PDF document');
    expect(describeOtherType(bytes('  <svg xmlns="x">'))).toBe('an SVG drawing');
    expect(describeOtherType(bytes('hello'))).toBeNull();
  });
});
