import { beforeAll, describe, expect, it } from 'vitest';
import { GET as thumbnailGET } from '@/app/api/image-search/[id]/route';
import { POST as uploadPOST } from '@/app/api/image-search/route';
import { GET as productsGET } from '@/app/api/products/route';
import { getMockCatalog } from '@/lib/catalog';
import { searchPage, uploadedImage } from '@/lib/domain/schemas';
import { pngBomb, screenshotOf } from '../fixtures/pictures';

const base = 'http://127.0.0.1:3000';
const noParams = { params: Promise.resolve({}) };

function form(
  bytes: Uint8Array | string,
  name = 'picture.jpg',
  type = 'image/jpeg',
  field = 'image',
) {
  const body = new FormData();
  body.set(field, new Blob([bytes as BlobPart], { type }), name);
  return body;
}
async function upload(body: BodyInit, headers: Record<string, string> = {}) {
  const res = await uploadPOST(
    new Request(`${base}/api/image-search`, { method: 'POST', body, headers }),
    noParams,
  );
  return { status: res.status, body: await res.json() };
}
async function results(qs: string) {
  const res = await productsGET(new Request(`${base}/api/products?${qs}`), noParams);
  return { status: res.status, body: await res.json() };
}
const thumbnail = (id: string) =>
  thumbnailGET(new Request(`${base}/api/image-search/${id}`), { params: Promise.resolve({ id }) });

const catalog = getMockCatalog();

describe('POST /api/image-search', () => {
  let shot: Buffer;
  const offer = catalog.summaries[321]!;
  beforeAll(async () => {
    shot = await screenshotOf(offer.image);
  });

  it('takes a screenshot of an offer and finds that offer first, then its look-alikes', async () => {
    const { status, body } = await upload(form(shot));
    expect(status).toBe(200);
    const image = uploadedImage.parse(body.data);
    expect(image.href).toBe(`/products?image=${image.id}`);
    expect(new Date(image.expiresAt).getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    const { status: s, body: found } = await results(`image=${image.id}&pageSize=8`);
    expect(s).toBe(200);
    const page = searchPage.parse(found.data);
    expect(page.items[0]!.id).toBe(offer.id);
    expect(page.total).toBeGreaterThan(8);
    // Look-alikes: the same kind of product first.
    const same = page.items.filter(
      (i) => i.categoryId.slice(0, 3) === offer.categoryId.slice(0, 3),
    );
    expect(same.length).toBeGreaterThanOrEqual(6);
  }, 60_000);

  it('sorts, filters and pages image results like any search', async () => {
    const { body } = await upload(form(shot));
    const id = body.data.id;
    const sorted = searchPage.parse(
      (await results(`image=${id}&sort=price_asc&pageSize=50`)).body.data,
    );
    const prices = sorted.items.map((i) => i.price.min);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const cheap = searchPage.parse(
      (await results(`image=${id}&maxPrice=10&pageSize=50`)).body.data,
    );
    for (const item of cheap.items) expect(item.price.min).toBeLessThanOrEqual(10);
    const p2 = searchPage.parse((await results(`image=${id}&page=2&pageSize=5`)).body.data);
    expect(p2.items[0]!.id).not.toBe(offer.id);
  }, 60_000);

  it('reads the picture by its bytes: a PNG named .jpg is a PNG, and is accepted', async () => {
    const png = await screenshotOf(offer.image, 'png');
    const { status, body } = await upload(form(png, 'photo.jpg', 'image/jpeg'));
    expect(status).toBe(200);
    const page = searchPage.parse((await results(`image=${body.data.id}&pageSize=4`)).body.data);
    expect(page.items.map((i) => i.id)).toContain(offer.id);
  }, 60_000);

  it.each([
    ['text named .jpg', 'hello, not a picture', 'fake.jpg', 415, /JPEG, PNG, WebP or GIF/],
    [
      'an SVG drawing',
      '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      'a.svg',
      415,
      /SVG drawing/,
    ],
    ['a PDF', '%PDF-1.7\n...', 'doc.pdf', 415, /PDF document/],
    ['an empty file', '', 'empty.png', 400, /image is empty/],
    [
      'a broken JPEG',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]),
      'broken.jpg',
      400,
      /could not be/,
    ],
  ] as const)(
    'refuses %s with a 4xx naming what is allowed',
    async (_label, bytes, name, status, message) => {
      const res = await upload(
        form(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, name),
      );
      expect(res.status).toBe(status);
      expect(res.body.error.message).toMatch(message);
      expect(res.body.error.message).toMatch(/image/);
    },
  );

  it('refuses a HEIC photo and says how to send it instead', async () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic'),
      Buffer.alloc(64),
    ]);
    const res = await upload(form(heic, 'IMG_0001.HEIC', 'image/heic'));
    expect(res.status).toBe(415);
    expect(res.body.error.message).toMatch(/HEIC photo/);
    expect(res.body.error.hint).toMatch(/JPEG/);
  });

  it('refuses a decompression bomb before decoding it', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(200_000);
    const started = Date.now();
    const res = await upload(form(bomb, 'small.png', 'image/png'));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/10000 × 10000 pixels.*40 megapixels/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses more than 10 MB, whether declared or streamed', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    const res = await upload(form(big));
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'payload_too_large' });
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 12; i++) controller.enqueue(new Uint8Array(1024 * 1024));
        controller.close();
      },
    });
    const streamed = await uploadPOST(
      new Request(`${base}/api/image-search`, {
        method: 'POST',
        body: stream,
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        duplex: 'half',
      } as RequestInit),
      noParams,
    );
    expect(streamed.status).toBe(413);
  });

  it('wants a multipart form with an image field', async () => {
    const json = await upload(JSON.stringify({ image: 'x' }), {
      'content-type': 'application/json',
    });
    expect(json.status).toBe(415);
    expect(json.body.error.message).toMatch(/multipart\/form-data.*image/);
    const other = await upload(form(shot, 'a.jpg', 'image/jpeg', 'file'));
    expect(other.status).toBe(400);
    expect(other.body.error.message).toMatch(/image is missing/);
  });
});

describe('image results and thumbnails', () => {
  it('serves the thumbnail while the picture is kept', async () => {
    const shot = await screenshotOf(catalog.summaries[5]!.image);
    const { body } = await upload(form(shot));
    const res = await thumbnail(body.data.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('cache-control')).toContain('private');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
  }, 60_000);

  it('says a picture is no longer kept (410) and a malformed id is a 400', async () => {
    const gone = 'A'.repeat(22);
    const res = await thumbnail(gone);
    expect(res.status).toBe(410);
    expect((await res.json()).error.code).toBe('image_expired');
    const search = await results(`image=${gone}`);
    expect(search.status).toBe(410);
    expect(search.body.error.message).toMatch(/no longer kept.*Upload it again/);
    expect((await thumbnail('short')).status).toBe(400);
    const bad = await results('image=not-an-id');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('image');
  });
});
