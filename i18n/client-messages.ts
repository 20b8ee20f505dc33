/**
 * The messages the browser needs: those of the namespaces that client components (and what they
 * import) translate with. Server components are translated on the server, so their messages
 * stay there; tests/unit/client-messages.test.ts keeps this list equal to what the client
 * components use.
 */
export const CLIENT_NAMESPACES = [
  'AddToList',
  'Badges',
  'Compare',
  'CompareToggle',
  'Copy',
  'Failure',
  'FilterDrawer',
  'Freshness',
  'Gallery',
  'Header',
  'ImageSearch',
  'Inquiry',
  'Landed',
  'List',
  'ListProblems',
  'Loading',
  'NotFound',
  'Order',
  'OrderForm',
  'ProductNotFound',
  'Promotion',
  'Search',
  'Sort',
  'Stale',
  'Status',
  'Supplier',
  'SupplierNotFound',
  'Tiers',
  'Unavailable',
  'Units',
  'UnitsObject',
] as const;

export function clientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]),
  );
}
