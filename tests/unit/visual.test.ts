import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { offerImageUrl } from '@/lib/mock/images';
import { fingerprintImage, similarity } from '@/lib/mock/visual';
import { screenshotOf } from '../fixtures/pictures';

const url = (glyph: 'phone' | 'bag', color: string, layout: number) =>
  offerImageUrl({ glyph, color, variant: 0, layout });

describe('visual fingerprints', () => {
  it('find a picture in its screenshot, then the same thing elsewhere, before other things', async () => {
    const original = await fingerprintImage(await screenshotOf(url('phone', 'dc2626', 5), 'png'));
    const shot = await fingerprintImage(
      await sharp(await screenshotOf(url('phone', 'dc2626', 5)))
        .resize(180)
        .jpeg({ quality: 60 })
        .toBuffer(),
    );
    const moved = await fingerprintImage(await screenshotOf(url('phone', 'dc2626', 10)));
    const otherThing = await fingerprintImage(await screenshotOf(url('bag', 'dc2626', 5)));
    const otherColour = await fingerprintImage(await screenshotOf(url('phone', '2563eb', 5)));
    const self = similarity(original, shot);
    expect(self).toBeGreaterThan(0.85);
    expect(self).toBeGreaterThan(similarity(original, moved));
    expect(similarity(original, moved)).toBeGreaterThan(similarity(original, otherThing));
    expect(self).toBeGreaterThan(similarity(original, otherColour));
  });

  it('reads any accepted picture, flattening transparency', async () => {
    const transparent = await sharp({
      create: { width: 50, height: 50, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const white = await sharp({
      create: { width: 50, height: 50, channels: 3, background: '#fff' },
    })
      .png()
      .toBuffer();
    expect(similarity(await fingerprintImage(transparent), await fingerprintImage(white))).toBe(1);
  });
});
