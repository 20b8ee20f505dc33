/**
 * An offer's page as the buyer sees it (the product view inside the display currency), for
 * the order form's tests: `const { user } = renderOffer(phoneCase)`, in English unless a
 * language is given.
 */
import userEvent from '@testing-library/user-event';
import { DisplayProvider } from '@/components/layout/display-context';
import { ProductView } from '@/components/product/product-view';
import { DEFAULT_RATES } from '@/lib/domain/currency';
import type { Locale } from '@/lib/domain/locales';
import type { Product } from '@/lib/domain/schemas';
import { renderIn } from './intl';

export function renderOffer(product: Product, locale: Locale = 'en') {
  const { description: _d, attributes: _a, ...listable } = product;
  renderIn(
    <DisplayProvider rates={DEFAULT_RATES}>
      <ProductView product={listable} heading={<h1>{product.title}</h1>} />
    </DisplayProvider>,
    { locale },
  );
  return { user: userEvent.setup() };
}
