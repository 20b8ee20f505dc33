import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PagesInMemory } from '@/components/status/pages-in-memory';

describe('PagesInMemory', () => {
  it('says what the production server holds and has sent', () => {
    render(
      <PagesInMemory
        pages={{ enabled: true, productPages: 1, otherPages: 12, sent: 2345, notModified: 3 }}
      />,
    );
    expect(screen.getByTestId('page-stats')).toHaveTextContent(
      '1 product page and 12 other pages (home, categories, searches) · sent from memory 2,345 times, 3 revisits answered “not modified”',
    );
  });

  it('says the development server does not keep pages', () => {
    render(
      <PagesInMemory
        pages={{ enabled: false, productPages: 0, otherPages: 0, sent: 0, notModified: 0 }}
      />,
    );
    expect(screen.getByTestId('page-stats')).toHaveTextContent(
      /Not used by the development server/,
    );
  });
});
