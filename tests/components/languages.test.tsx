/** A few components as a page in each language shows them: plurals, numbers and prices. */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ProductCard } from '@/components/search/product-card';
import { ResultCount } from '@/components/search/result-count';
import { SupplierSummary } from '@/components/supplier/supplier-facts';
import { UpstreamError } from '@/components/ui/upstream-error';
import { FULL_CAPABILITIES } from '@/lib/domain/capabilities';
import { type ProductSummary, type SearchPage, searchQuery } from '@/lib/domain/schemas';
import { renderIn } from '../setup/intl';

vi.mock('next/link', () => import('../setup/next-link'));

const page = (total: number): SearchPage => ({
  items: [],
  total,
  page: 1,
  pageSize: 20,
  totalPages: Math.max(1, Math.ceil(total / 20)),
});

function count(total: number, locale: 'en' | 'ru' | 'es' | 'zh') {
  const { unmount } = renderIn(
    <ResultCount
      page={page(total)}
      capabilities={FULL_CAPABILITIES}
      query={searchQuery.parse({})}
    />,
    { locale },
  );
  const text = screen.getByTestId('result-count').textContent;
  unmount();
  return text?.split(' · ')[0];
}

describe('result counts', () => {
  it('uses the plural forms of each language', () => {
    expect(count(1, 'en')).toBe('1 offer');
    expect(count(1452, 'en')).toBe('1,452 offers');
    expect(count(1, 'ru')).toBe('1 предложение');
    expect(count(3, 'ru')).toBe('3 предложения');
    expect(count(5, 'ru')).toBe('5 предложений');
    expect(count(21, 'ru')).toBe('21 предложение');
    expect(count(1452, 'ru')).toMatch(/^1\s452 предложения$/);
    expect(count(1, 'es')).toBe('1 oferta');
    expect(count(1452, 'es')).toBe('1452 ofertas');
    expect(count(1452, 'zh')).toBe('1,452 个货源');
  });
});

const product = {
  id: '610000000001',
  title: 'Silicone phone case',
  titleZh: '硅胶手机壳',
  image: '/img/x.png',
  price: { min: 1234.5, max: 1234.5, currency: 'CNY' },
  moq: 5,
  unit: 'piece',
  sales30d: 12345,
  categoryId: '1',
  supplier: { id: 'unknown', name: 'Yiwu Cases', location: 'Yiwu, Zhejiang' },
  isFactory: true,
  shipsIn48h: false,
  onePiece: false,
} as unknown as ProductSummary;

describe('product cards', () => {
  it('formats prices, quantities and counts in Russian', () => {
    renderIn(<ProductCard product={product} />, { locale: 'ru' });
    const card = screen.getByRole('listitem');
    expect(card).toHaveTextContent(/1\s234,50\sCN¥/);
    expect(card).toHaveTextContent('Мин. заказ 5 штук');
    expect(card).toHaveTextContent(/12\sтыс\. продано за 30 дней/);
    expect(screen.getByText('硅胶手机壳')).toHaveAttribute('lang', 'zh');
  });

  it('formats them in Spanish and Chinese', () => {
    const { unmount } = renderIn(<ProductCard product={product} />, { locale: 'es' });
    expect(screen.getByRole('listitem')).toHaveTextContent('Pedido mín. 5 unidades');
    unmount();
    renderIn(<ProductCard product={product} />, { locale: 'zh' });
    expect(screen.getByRole('listitem')).toHaveTextContent('¥1,234.50');
    expect(screen.getByRole('listitem')).toHaveTextContent('起订 5 件');
  });

  it('keeps the English forms', () => {
    renderIn(<ProductCard product={product} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('CN¥1,234.50');
    expect(screen.getByRole('listitem')).toHaveTextContent('MOQ 5 pieces · 12K sold in 30 days');
  });
});

describe('supplier facts', () => {
  const supplier = {
    id: 'b2b-1',
    name: 'Yiwu Cases',
    location: 'Yiwu',
    yearsOn1688: 2,
    isFactory: false,
    badges: [],
  } as unknown as Parameters<typeof SupplierSummary>[0]['supplier'];

  it.each([
    ['en', 'Yiwu · 2 years on 1688 · Trading company'],
    ['ru', 'Yiwu · 2 года на 1688 · Торговая компания'],
    ['es', 'Yiwu · 2 años en 1688 · Empresa comercializadora'],
    ['zh', 'Yiwu · 入驻 1688 2 年 · 贸易公司'],
  ] as const)('in %s', (locale, text) => {
    renderIn(<SupplierSummary supplier={supplier} />, { locale });
    expect(screen.getByText(text)).toBeInTheDocument();
  });
});

describe('a page that failed', () => {
  it('says what failed and what to do in the page’s language', () => {
    renderIn(<UpstreamError code="upstream_timeout" onRetry={() => {}} />, { locale: 'ru' });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Не удалось загрузить каталог');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('1688 не ответил вовремя');
    expect(alert).toHaveTextContent('Код ошибки: upstream_timeout');
    expect(screen.getByRole('button', { name: 'Повторить' })).toBeInTheDocument();
  });

  it('keeps the English wording and the operator’s way to the status page', () => {
    renderIn(<UpstreamError code="upstream_not_authorized" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      '1688 needs the account to be connected',
    );
    expect(screen.getByRole('link', { name: 'Open the API status page' })).toBeInTheDocument();
  });
});
