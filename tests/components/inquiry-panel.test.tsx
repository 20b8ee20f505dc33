/**
 * The questions a buyer may ask a supplier are named in the page's language; the message
 * itself stays in Chinese, with its English meaning.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InquiryPanel } from '@/components/contact/inquiry-panel';
import { type InquiryOffer, QUESTIONS } from '@/lib/domain/inquiry';
import type { Locale } from '@/lib/domain/locales';
import { renderIn } from '../setup/intl';

const offer: InquiryOffer = {
  id: '623456789012',
  title: 'Phone case',
  titleZh: '手机壳',
  sourceUrl: 'https://detail.1688.com/offer/623456789012.html',
  unit: 'piece',
  lines: [{ variant: [], quantity: 100, note: '' }],
};

const message = () => screen.getByRole('textbox') as HTMLTextAreaElement;

describe('the inquiry panel', () => {
  it.each<[Locale, 'en' | 'zh']>([
    ['en', 'en'],
    ['zh', 'zh'],
  ])('names the questions in %s as the message glosses them', (locale, text) => {
    renderIn(<InquiryPanel offers={[offer]} />, { locale });
    for (const q of QUESTIONS)
      expect(screen.getByRole('checkbox', { name: q[text] })).toBeInTheDocument();
  });

  it('asks in Chinese what a Russian buyer ticks', async () => {
    renderIn(<InquiryPanel offers={[offer]} />, { locale: 'ru' });
    const user = userEvent.setup();
    expect(screen.getByRole('group', { name: 'О чём спросить' })).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Какую цену вы можете дать за такое количество?' }),
    ).toBeChecked();
    const sample = screen.getByRole('checkbox', {
      name: 'Можете ли вы сначала прислать образец? Как оплачиваются образец и его доставка?',
    });
    expect(sample).not.toBeChecked();
    expect(message().value).not.toContain('样品');
    await user.click(sample);
    expect(message().value).toContain('3、可以先寄样品吗？样品费和运费怎么算？');
  });

  it('names the questions in Spanish', () => {
    renderIn(<InquiryPanel offers={[offer]} />, { locale: 'es' });
    expect(
      screen.getByRole('checkbox', {
        name: '¿Cuánto cuesta el envío al almacén de mi agente (en China)?',
      }),
    ).not.toBeChecked();
  });
});
