/**
 * The messages the browser needs: those of the namespaces that client components (and what they
 * import) translate with. Server components are translated on the server, so their messages stay
 * there. The layout sends what its own client components use (the header, the compare tray, the
 * error and not-found pages shown in a page's place); each page sends, through withPageMessages,
 * what the client components inside it use, so that no page carries another page's texts.
 * tests/unit/client-messages.test.ts keeps these lists equal to what the components use.
 */
export const LAYOUT_NAMESPACES = [
  'Compare',
  'Failure',
  'Header',
  'ImageSearch',
  'Loading',
  'NotFound',
  'ProductNotFound',
  'Search',
  'SupplierNotFound',
] as const;

const SEARCH_BOX = ['ImageSearch', 'Search'] as const;
const RESULTS = ['CompareToggle', 'Sort', 'TimeAgo'] as const;
const UNITS = ['Units', 'UnitsObject'] as const;

export const PAGE_NAMESPACES = {
  home: ['CompareToggle', ...SEARCH_BOX],
  search: [...RESULTS, 'FilterDrawer', 'ImageSearch'],
  supplier: [...RESULTS],
  product: [
    'AddToList',
    'CompareToggle',
    'Copy',
    'Freshness',
    'Gallery',
    'Inquiry',
    'Landed',
    'Order',
    'OrderForm',
    'Promotion',
    'Tiers',
    'TimeAgo',
    'Unavailable',
    ...UNITS,
  ],
  list: ['Copy', 'Inquiry', 'Landed', 'List', 'ListProblems', 'Order', ...UNITS],
  compare: ['Badges', 'Compare', 'Copy', 'Landed', 'Order', 'Supplier', ...UNITS],
  apiStatus: ['Failure', 'Status'],
} as const satisfies Record<string, readonly string[]>;

export type MessagesPage = keyof typeof PAGE_NAMESPACES;

export function clientMessages(
  messages: Record<string, unknown>,
  namespaces: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(
    [...new Set(namespaces)].filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]),
  );
}
