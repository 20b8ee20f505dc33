/**
 * Seller descriptions are untrusted HTML. This keeps their text, lists, tables and
 * pictures, and drops scripts, event handlers, styles, `javascript:` links and any picture
 * from a host the current data source does not vouch for (none at all in mock mode).
 */
import sanitizeHtml from 'sanitize-html';

const IMAGE_HOST_SUFFIXES: Record<'mock' | 'live', string[]> = {
  mock: [],
  live: ['.alicdn.com'],
};

function imageAllowed(src: string | undefined, source: 'mock' | 'live'): boolean {
  if (!src) return false;
  if (src.startsWith('/') && !src.startsWith('//')) return true;
  try {
    const url = new URL(src);
    return (
      url.protocol === 'https:' &&
      IMAGE_HOST_SUFFIXES[source].some((suffix) => url.hostname.endsWith(suffix))
    );
  } catch {
    return false;
  }
}

export function sanitizeDescription(html: string, source: 'mock' | 'live'): string {
  return sanitizeHtml(html, {
    allowedTags: [
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'p',
      'br',
      'hr',
      'ul',
      'ol',
      'li',
      'strong',
      'b',
      'em',
      'i',
      'u',
      'span',
      'div',
      'table',
      'thead',
      'tbody',
      'tr',
      'td',
      'th',
      'img',
      'a',
      'blockquote',
    ],
    allowedAttributes: {
      img: ['src', 'alt', 'width', 'height'],
      a: ['href', 'rel', 'target'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['https'],
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, rel: 'nofollow noopener noreferrer', target: '_blank' },
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, loading: 'lazy' },
      }),
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !imageAllowed(frame.attribs.src, source),
  });
}
