/** Who gets a promoted price is said in the page's language; in English as the API labels it. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PromotionTag } from '@/components/product/promotion-note';
import { promotionLabel } from '@/lib/domain/promotions';
import { renderIn } from '../setup/intl';

const KINDS = [
  'plus',
  'member',
  'newbuyer',
  'new_buyer',
  'limitedtime',
  'LIMITED_TIME',
  'flash',
  '',
];

describe('promotion labels', () => {
  it.each(KINDS)('name %j in English as the API does', (kind) => {
    renderIn(<PromotionTag promotion={{ kind, label: promotionLabel(kind), price: 9.5 }} />);
    expect(screen.getByTestId('promotion')).toHaveTextContent(`${promotionLabel(kind)} CN¥9.50`);
  });

  it('speak Russian and Spanish', () => {
    renderIn(<PromotionTag promotion={{ kind: 'plus', label: '', price: 9.5 }} />, {
      locale: 'ru',
    });
    expect(screen.getByTestId('promotion')).toHaveTextContent('Участники 1688 Plus');
    renderIn(<PromotionTag promotion={{ kind: 'flash', label: '', price: 9.5 }} />, {
      locale: 'es',
    });
    expect(screen.getByText(/Promoción \(flash\)/)).toBeInTheDocument();
  });
});
