import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DisplayProvider } from '@/components/layout/display-context';
import { ProductView } from '@/components/product/product-view';
import { DEFAULT_RATES } from '@/lib/domain/currency';
import type { Product } from '@/lib/domain/schemas';

const attrs = (colour: string, size: string) => [
  { name: 'Colour', nameZh: '颜色', value: colour, valueZh: colour === 'Red' ? '红色' : '蓝色' },
  { name: 'Size', nameZh: '尺码', value: size, valueZh: size },
];

const base = {
  id: '600000000001',
  available: true,
  price: { min: 20, max: 30, currency: 'CNY' as const },
  title: 'Knitted Dress',
  images: ['/img/dress/dc2626/0.svg', '/img/dress/dc2626/1.svg', '/img/dress/dc2626/2.svg'],
  moq: 10,
  lotSize: 5,
  unit: 'piece',
};

const tiered: Parameters<typeof ProductView>[0]['product'] = {
  ...base,
  pricing: 'tiered',
  tiers: [
    { minQuantity: 10, price: 30 },
    { minQuantity: 50, price: 25.5 },
    { minQuantity: 200, price: 20 },
  ],
  skus: [
    {
      id: 's1',
      attributes: attrs('Red', 'M'),
      price: 30,
      stock: 500,
      image: '/img/dress/dc2626/0.svg',
    },
    {
      id: 's2',
      attributes: attrs('Blue', 'M'),
      price: 30,
      stock: 0,
      image: '/img/dress/2563eb/0.svg',
    },
    {
      id: 's3',
      attributes: attrs('Blue', 'L'),
      price: 30,
      stock: 20,
      image: '/img/dress/2563eb/0.svg',
    },
  ],
};

const perSku: Product['skus'] = [
  {
    id: 'p1',
    attributes: attrs('Red', 'M'),
    price: 12,
    stock: 100,
    image: '/img/dress/dc2626/0.svg',
  },
  {
    id: 'p2',
    attributes: attrs('Red', 'L'),
    price: 14.5,
    stock: 100,
    image: '/img/dress/dc2626/0.svg',
  },
];

function setup(product = tiered) {
  render(
    <DisplayProvider rates={DEFAULT_RATES}>
      <ProductView product={product} heading={<h1>Knitted Dress</h1>} />
    </DisplayProvider>,
  );
  return { user: userEvent.setup(), quantity: screen.getByRole('textbox', { name: /quantity/i }) };
}

const activeTier = () =>
  screen.getAllByRole('row').find((r) => r.getAttribute('aria-current') === 'true');

describe('ProductView', () => {
  it('starts at the MOQ with the first tier highlighted and the total shown', () => {
    setup();
    expect(screen.getByRole('textbox', { name: /quantity/i })).toHaveProperty('value', '10');
    expect(activeTier()).toHaveTextContent('10–49 pieces');
    expect(screen.getByTestId('unit-price')).toHaveTextContent('CN¥30.00');
    expect(screen.getByTestId('total')).toHaveTextContent('CN¥300.00');
  });

  it('moves the highlight to the tier of the typed quantity and updates the total', async () => {
    const { user, quantity } = setup();
    await user.clear(quantity);
    await user.type(quantity, '200');
    expect(activeTier()).toHaveTextContent('≥ 200 pieces');
    expect(screen.getByTestId('unit-price')).toHaveTextContent('CN¥20.00');
    expect(screen.getByTestId('total')).toHaveTextContent('CN¥4,000.00');
    expect(screen.getByTestId('total').parentElement).toHaveTextContent('≈ $552.00');
  });

  it('explains a quantity below the MOQ or off the lot size', async () => {
    const { user, quantity } = setup();
    await user.clear(quantity);
    await user.type(quantity, '7');
    const problems = screen.getByTestId('quantity-problems');
    expect(problems).toHaveTextContent('The minimum order is 10 pieces.');
    expect(problems).toHaveTextContent('Sold in lots of 5');
    expect(quantity).toHaveAttribute('aria-invalid', 'true');
  });

  it('steps the quantity by the lot size with the buttons', async () => {
    const { user, quantity } = setup();
    await user.click(screen.getByRole('button', { name: 'Increase by 5' }));
    expect(quantity).toHaveProperty('value', '15');
    await user.click(screen.getByRole('button', { name: 'Decrease by 5' }));
    await user.click(screen.getByRole('button', { name: 'Decrease by 5' }));
    expect(quantity).toHaveProperty('value', '10');
  });

  it('choosing a variant updates stock, picture and availability', async () => {
    const { user } = setup();
    expect(screen.getByTestId('sku-status')).toHaveTextContent('500 in stock');
    await user.click(screen.getByRole('radio', { name: /Blue/ }));
    expect(screen.getByTestId('sku-status')).toHaveTextContent('Out of stock');
    expect(screen.getByTestId('main-image')).toHaveAttribute('src', '/img/dress/2563eb/0.svg');
    await user.click(screen.getByRole('radio', { name: /^L/ }));
    expect(screen.getByTestId('sku-status')).toHaveTextContent('20 in stock');
    await user.click(screen.getByRole('radio', { name: /Red/ }));
    expect(screen.getByTestId('sku-status')).toHaveTextContent('This combination is not sold');
  });

  it('per-SKU offers take the price of the chosen variant', async () => {
    const { user } = setup({
      ...tiered,
      pricing: 'per_sku',
      lotSize: 1,
      tiers: [{ minQuantity: 10, price: 12 }],
      skus: perSku,
    });
    expect(screen.getByTestId('unit-price')).toHaveTextContent('CN¥12.00');
    await user.click(screen.getByRole('radio', { name: /^L/ }));
    expect(screen.getByTestId('unit-price')).toHaveTextContent('CN¥14.50');
    expect(screen.getByTestId('total')).toHaveTextContent('CN¥145.00');
  });

  it('thumbnails switch the main picture and say which one is shown', async () => {
    const { user } = setup();
    const pictures = within(screen.getByRole('list', { name: 'Product pictures' }));
    await user.click(pictures.getByRole('button', { name: 'Show picture 3 of 3' }));
    expect(screen.getByTestId('main-image')).toHaveAttribute('src', '/img/dress/dc2626/2.svg');
    expect(pictures.getByRole('button', { name: 'Show picture 3 of 3' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

describe('display currency', () => {
  it('converts into the currency chosen in the cookie', () => {
    document.cookie = 'pifa_currency=EUR; path=/';
    setup();
    expect(screen.getByTestId('total').parentElement).toHaveTextContent('≈ €38.40');
    document.cookie = 'pifa_currency=; path=/; max-age=0';
  });
});
