/**
 * What the API says about a pasted link pifa cannot open (the 400 of a search for it), in
 * English. Pages word it in their own language from the link's kind (SearchNotices.link in
 * messages/*.json, whose English is this text).
 */
import type { PastedLink } from '@/lib/domain/links';

/** What to tell a buyer who pasted a link that pifa cannot open. */
export function pastedLinkMessage(link: Exclude<PastedLink, { kind: 'offer' }>): {
  title: string;
  detail: string;
} {
  switch (link.kind) {
    case 'marketplace':
      return {
        title: `This is a ${link.marketplace} link: pifa covers 1688.com`,
        detail: `pifa shows wholesale offers from 1688.com only, so it can't open ${link.marketplace} items. Paste a 1688 offer link (detail.1688.com/offer/….html), search by keywords, or search with a picture of the product.`,
      };
    case 'short_link':
      return {
        title: 'This is a 1688 short link',
        detail:
          'Short links can only be opened by 1688 itself. Open it in your browser, then paste the address of the offer page it leads to (detail.1688.com/offer/….html or m.1688.com/offer/….html).',
      };
    case 'other_1688':
      return {
        title: 'This 1688 link doesn’t point to an offer',
        detail:
          'pifa opens 1688 offer pages (detail.1688.com/offer/….html). Open one of the offers on that page and paste its link, or search by keywords.',
      };
  }
}
