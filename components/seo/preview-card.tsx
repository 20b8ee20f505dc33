/**
 * The link-preview picture (Open Graph, Twitter) of offers and searches, drawn by next/og in
 * the page's language. Pictures come from the mock catalog's own drawings only: in live mode
 * the server does not fetch 1688's CDN (it talks to the gateway and nothing else), so the card
 * shows text alone.
 */
import { ImageResponse } from 'next/og';
import { parseOfferImageUrl, renderOfferImage } from '@/lib/mock/images';
import { PREVIEW_FONT, previewFonts } from './preview-fonts';

export const PREVIEW_SIZE = { width: 1200, height: 630 };

/** A data URL for one of our own offer pictures, or null for anything else. */
export function previewPicture(src: string): string | null {
  const spec = src.startsWith('/img/') ? parseOfferImageUrl(src) : null;
  if (!spec) return null;
  return `data:image/svg+xml;base64,${Buffer.from(renderOfferImage(spec)).toString('base64')}`;
}

export type PreviewCard = {
  eyebrow: string;
  title: string;
  /** What to call the page when nothing of its title can be drawn (emoji alone…). */
  untitled: string;
  /** The Chinese original of the title, shown under it when it differs. */
  original?: string;
  price: string;
  tagline: string;
  picture: string | null;
};

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

export async function previewImage(card: PreviewCard): Promise<ImageResponse> {
  const { fonts, printable } = await previewFonts();
  const whole = printable(card.title);
  const title = clip(whole || card.untitled, 90);
  // Compared whole: in Chinese the title may be the original itself.
  const originalWhole = card.original ? printable(card.original) : '';
  const original = originalWhole && originalWhole !== whole ? clip(originalWhole, 40) : '';
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        background: '#fff7ed',
        padding: 56,
        gap: 48,
        fontFamily: PREVIEW_FONT,
        fontSize: 32,
        color: '#0f172a',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'center' }}>
        <div style={{ display: 'flex', color: '#9a3412', fontSize: 30 }}>
          {printable(card.eyebrow)}
        </div>
        <div
          style={{
            display: 'flex',
            fontSize: 56,
            fontWeight: 700,
            lineHeight: 1.15,
            marginTop: 16,
          }}
        >
          {title}
        </div>
        {original ? (
          <div
            lang="zh-CN"
            style={{ display: 'flex', fontSize: 30, color: '#475569', marginTop: 12 }}
          >
            {original}
          </div>
        ) : null}
        <div style={{ display: 'flex', fontSize: 48, color: '#c2410c', marginTop: 28 }}>
          {printable(card.price)}
        </div>
        <div style={{ display: 'flex', marginTop: 'auto', fontSize: 28, color: '#475569' }}>
          {printable(card.tagline)}
        </div>
      </div>
      {card.picture ? (
        // eslint-disable-next-line jsx-a11y/alt-text -- a picture inside a generated picture
        <img
          src={card.picture}
          width={460}
          height={460}
          style={{ borderRadius: 24, alignSelf: 'center' }}
        />
      ) : null}
    </div>,
    { ...PREVIEW_SIZE, fonts },
  );
}
