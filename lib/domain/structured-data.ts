/**
 * What search engines read of a page: schema.org Product (with its quantity tiers as price
 * specifications) and BreadcrumbList, typed with schema-dts, and the descriptions of pages.
 * Built from the domain types only; pages render them.
 */
import type { BreadcrumbList, Product as SchemaProduct, WithContext } from 'schema-dts';
import type { Category, Product } from './schemas';

const yuan = (n: number) => n.toFixed(2);

export function productJsonLd(product: Product, siteUrl: string): WithContext<SchemaProduct> {
  const url = `${siteUrl}/products/${product.id}`;
  const inStock = product.skus.length === 0 || product.skus.some((s) => s.stock > 0);
  const tiers = product.pricing === 'tiered' ? product.tiers : [];
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.title,
    alternateName: product.titleZh || undefined,
    sku: product.id,
    url,
    image: product.images.map((src) => (src.startsWith('/') ? `${siteUrl}${src}` : src)),
    ...(product.supplier.name ? { brand: { '@type': 'Brand', name: product.supplier.name } } : {}),
    offers: {
      '@type': 'AggregateOffer',
      priceCurrency: 'CNY',
      lowPrice: yuan(product.price.min),
      highPrice: yuan(product.price.max),
      offerCount: Math.max(1, product.skus.length),
      availability: inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      url,
      seller: { '@type': 'Organization', name: product.supplier.name },
      priceSpecification: tiers.map((tier, i) => ({
        '@type': 'UnitPriceSpecification',
        price: yuan(tier.price),
        priceCurrency: 'CNY',
        eligibleQuantity: {
          '@type': 'QuantitativeValue',
          minValue: tier.minQuantity,
          ...(tiers[i + 1] ? { maxValue: tiers[i + 1]!.minQuantity - 1 } : {}),
          unitText: product.unit,
        },
      })),
    },
  };
}

/** Home, then each category down to `path`'s last, then the page itself when given. */
export function breadcrumbJsonLd(
  path: Category[],
  siteUrl: string,
  last?: { name: string; url: string },
): WithContext<BreadcrumbList> {
  const items = [
    { name: 'Home', url: `${siteUrl}/` },
    ...path.map((c) => ({ name: c.name, url: `${siteUrl}/products?category=${c.id}` })),
    ...(last ? [last] : []),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** A product's description for search results and link previews: what a buyer checks first. */
export function productDescription(product: Product): string {
  const price =
    product.price.min === product.price.max
      ? `¥${yuan(product.price.min)}`
      : `¥${yuan(product.price.min)}–${yuan(product.price.max)}`;
  const parts = [
    `${product.title} wholesale from ${product.supplier.location || 'China'}: ${price} per ${product.unit}`,
    `MOQ ${product.moq}`,
    product.skus.length > 1 ? `${product.skus.length} variants` : null,
    `supplier ${product.supplier.name.replace(/\.+$/, '')}`,
  ].filter(Boolean);
  return `${parts.join(', ')}. Tiered 1688 prices in English.`.slice(0, 300);
}
