import { screen, within } from '@testing-library/react';
import { renderIn as render } from '../setup/intl';
import { FULL_CAPABILITIES } from '@/lib/domain/capabilities';
import { describe, expect, it, vi } from 'vitest';
import { DataSourceBanner } from '@/components/layout/data-source-banner';
import { FilterPanel } from '@/components/search/filter-panel';
import { Pagination, pageWindow } from '@/components/search/pagination';
import { SearchBox } from '@/components/search/search-box';
import { searchQuery } from '@/lib/domain/schemas';

vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: vi.fn() }),
}));

const roots = [
  {
    id: '101',
    name: "Women's Clothing",
    nameZh: '女装',
    children: [{ id: '10101', name: 'Tops', nameZh: '上衣', children: [] }],
  },
];

describe('SearchBox', () => {
  it('is a GET form to /products that works without JavaScript', () => {
    render(<SearchBox defaultValue="bag" hidden={{ category: '101' }} />);
    const form = screen.getByRole('search');
    expect(form).toHaveAttribute('action', '/products');
    expect(form).toHaveAttribute('method', 'get');
    expect(screen.getByRole('combobox', { name: /search products/i })).toHaveValue('bag');
    expect(form.querySelector('input[type=hidden][name=category]')).toHaveValue('101');
  });
});

describe('FilterPanel', () => {
  it('keeps the query in the URL and shows current filter values', () => {
    const query = searchQuery.parse({
      q: 'dress',
      category: '101',
      sort: 'sales',
      minPrice: 5,
      maxMoq: 20,
      factoryOnly: true,
    });
    render(
      <FilterPanel
        query={query}
        path={[roots[0]!]}
        subcategories={roots[0]!.children}
        capabilities={FULL_CAPABILITIES}
      />,
    );
    expect(screen.getByLabelText('Minimum price in CNY')).toHaveValue(5);
    expect(screen.getByLabelText('Minimum order at most')).toHaveValue(20);
    expect(screen.getByLabelText('Factories only')).toBeChecked();
    expect(screen.getByLabelText('Ships within 48 hours')).not.toBeChecked();
    const tops = screen.getByRole('link', { name: /Tops/ });
    expect(tops).toHaveAttribute(
      'href',
      '/products?q=dress&category=10101&sort=sales&minPrice=5&maxMoq=20&factoryOnly=true',
    );
    expect(screen.getByRole('link', { name: /All categories/ })).toHaveAttribute(
      'href',
      '/products?q=dress&sort=sales&minPrice=5&maxMoq=20&factoryOnly=true',
    );
    expect(screen.getByRole('button', { name: 'Apply filters' }).closest('form')).toHaveAttribute(
      'method',
      'get',
    );
  });

  it('offers only the yes/no filters the catalog can apply, each sent as name=true', () => {
    render(
      <FilterPanel
        query={searchQuery.parse({ onePiece: true })}
        path={[]}
        subcategories={[]}
        capabilities={{ sorts: [], filters: { shipsIn48h: 'local', onePiece: 'upstream' } }}
      />,
    );
    const boxes = within(screen.getByRole('group', { name: 'Supplier and shipping' })).getAllByRole(
      'checkbox',
    );
    expect(boxes.map((b) => b.getAttribute('name'))).toEqual(['shipsIn48h', 'onePiece']);
    expect(boxes.every((b) => b.getAttribute('value') === 'true')).toBe(true);
    expect(screen.getByLabelText('Ships within 48 hours')).not.toBeChecked();
    expect(screen.getByLabelText('Dropshipping (one piece)')).toBeChecked();
    expect(screen.queryByLabelText('Factories only')).toBeNull();
  });
});

describe('Pagination', () => {
  it('shows first, last and neighbours with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
  });

  it('links pages with the current query and marks the current one', () => {
    render(<Pagination query={searchQuery.parse({ q: 'cup', page: 2 })} totalPages={5} />);
    const nav = within(screen.getByRole('navigation', { name: 'Pagination' }));
    expect(nav.getByText('2')).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/products?q=cup');
    expect(nav.getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      '/products?q=cup&page=3',
    );
    expect(nav.getByRole('link', { name: 'Page 5' })).toHaveAttribute(
      'href',
      '/products?q=cup&page=5',
    );
  });

  it('renders nothing for a single page', () => {
    const { container } = render(<Pagination query={searchQuery.parse({})} totalPages={1} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('DataSourceBanner', () => {
  it('warns about mock data and links to the status page', () => {
    render(<DataSourceBanner source="mock" />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Using mock data/);
    // The warning is drawn, not an emoji, and screen readers hear the words alone.
    expect(screen.getByRole('status').querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(screen.getByRole('link', { name: /connect/i })).toHaveAttribute('href', '/api-status');
  });

  it('says when real 1688 data is flowing', () => {
    render(<DataSourceBanner source="live" />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Fetching real data from 1688.com/);
  });
});
