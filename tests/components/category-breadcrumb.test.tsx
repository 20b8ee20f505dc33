import { screen, within } from '@testing-library/react';
import { renderIn as render } from '../setup/intl';
import { describe, expect, it } from 'vitest';
import { CategoryBreadcrumb } from '@/components/category/category-breadcrumb';
import type { Category } from '@/lib/domain/schemas';

const category = (id: string, name: string): Category => ({
  id,
  name,
  nameZh: name,
  children: [],
});

describe('CategoryBreadcrumb', () => {
  it('links every step up from the category', () => {
    render(
      <CategoryBreadcrumb
        path={[category('102', 'Consumer Electronics'), category('10202', 'Charging')]}
        hrefFor={(c) => `/products?category=${c.id}&sort=sales`}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Categories', '/categories'],
      ['Consumer Electronics', '/products?category=102&sort=sales'],
      ['Charging', '/products?category=10202&sort=sales'],
    ]);
  });

  it('shows nothing without a category', () => {
    const { container } = render(<CategoryBreadcrumb path={[]} hrefFor={() => '/'} />);
    expect(container).toBeEmptyDOMElement();
  });
});
