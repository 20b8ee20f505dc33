/**
 * The comparison as an address, and how many offers it holds: plain values without a schema, for
 * the compare button on every result card and the tray (the comparison itself is
 * lib/domain/compare.ts).
 */

export const MAX_COMPARE = 4;

export function compareHref(ids: readonly string[], quantity?: number | null): string {
  const params = new URLSearchParams();
  if (ids.length) params.set('ids', ids.join(','));
  if (quantity) params.set('qty', String(quantity));
  const qs = params.toString().replace(/%2C/g, ',');
  return qs ? `/compare?${qs}` : '/compare';
}
