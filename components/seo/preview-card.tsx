/**
 * The link-preview picture (Open Graph, Twitter) of offers and searches, drawn by next/og.
 * Pictures come from the mock catalog's own drawings only: in live mode the server does not
 * fetch 1688's CDN (it talks to the gateway and nothing else), so the card shows text alone.
 */
import { parseOfferImage, renderOfferImage } from '@/lib/mock/images';

export const PREVIEW_SIZE = { width: 1200, height: 630 };

/** A data URL for one of our own offer pictures, or null for anything else. */
export function previewPicture(src: string): string | null {
  const m = /^\/img\/([a-z]+)\/([0-9a-f]{6})\/(\d\.svg)$/.exec(src);
  const spec = m ? parseOfferImage(m[1]!, m[2]!, m[3]!) : null;
  if (!spec) return null;
  return `data:image/svg+xml;base64,${Buffer.from(renderOfferImage(spec)).toString('base64')}`;
}

export function previewCard(card: {
  eyebrow: string;
  title: string;
  price: string;
  picture: string | null;
}) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        background: '#fff7ed',
        padding: 56,
        gap: 48,
        fontSize: 32,
        color: '#0f172a',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'center' }}>
        <div style={{ display: 'flex', color: '#9a3412', fontSize: 30 }}>{card.eyebrow}</div>
        <div
          style={{
            display: 'flex',
            fontSize: 56,
            fontWeight: 700,
            lineHeight: 1.15,
            marginTop: 16,
          }}
        >
          {card.title.length > 90 ? `${card.title.slice(0, 88)}…` : card.title}
        </div>
        <div style={{ display: 'flex', fontSize: 48, color: '#c2410c', marginTop: 28 }}>
          {card.price}
        </div>
        <div style={{ display: 'flex', marginTop: 'auto', fontSize: 28, color: '#475569' }}>
          pifa · 1688 wholesale in English
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
    </div>
  );
}
