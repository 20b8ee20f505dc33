import { parseOfferImage, renderOfferImage } from '@/lib/mock/images';

type Params = { glyph: string; color: string; file: string };

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { glyph, color, file } = await params;
  const spec = parseOfferImage(glyph, color, file);
  if (!spec) return new Response('Not found', { status: 404 });
  return new Response(renderOfferImage(spec), {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
