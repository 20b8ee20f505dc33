/**
 * A pasted link pifa cannot open is said for what it is in the page's language; in English
 * the page says what the API says (lib/catalog/pasted-link.ts).
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PastedLinkNotice } from '@/components/search/search-notices';
import { pastedLinkMessage } from '@/lib/catalog/pasted-link';
import { type PastedLink, parsePastedLink } from '@/lib/domain/links';
import { renderIn } from '../setup/intl';

vi.mock('next/link', () => import('../setup/next-link'));

type Unopened = Exclude<PastedLink, { kind: 'offer' }>;
const link = (text: string) => parsePastedLink(text) as Unopened;

const LINKS = [
  'https://item.taobao.com/item.htm?id=1',
  'https://detail.tmall.com/item.htm?id=1',
  'https://www.aliexpress.com/item/1.html',
  'https://www.alibaba.com/product-detail/x_1.html',
  'https://mobile.yangkeduo.com/goods.html?goods_id=1',
  'https://item.jd.com/1.html',
  'https://qr.1688.com/s/AbCdEf12',
  'https://shop1a2b3c4d.1688.com/page/offerlist.htm',
];

describe('the notice for a pasted link pifa cannot open', () => {
  it.each(LINKS)('words %s in English as the API does', (text) => {
    renderIn(<PastedLinkNotice link={link(text)} />);
    const { title, detail } = pastedLinkMessage(link(text));
    expect(screen.getByRole('heading', { name: title })).toBeVisible();
    expect(screen.getByText(detail)).toBeInTheDocument();
  });

  it('says in Russian that pifa covers 1688 for a Taobao link', () => {
    renderIn(<PastedLinkNotice link={link(LINKS[0]!)} />, { locale: 'ru' });
    expect(
      screen.getByRole('heading', {
        name: 'Это ссылка на Taobao: pifa работает только с 1688.com',
      }),
    ).toBeVisible();
    expect(screen.getByText(/не может открыть товары Taobao/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Смотреть категории 1688' })).toBeVisible();
  });

  it('names the marketplace in Chinese and explains short links in Spanish', () => {
    renderIn(<PastedLinkNotice link={link(LINKS[5]!)} />, { locale: 'zh' });
    expect(
      screen.getByRole('heading', { name: '这是京东的链接：pifa 只支持 1688.com' }),
    ).toBeVisible();
    renderIn(<PastedLinkNotice link={link(LINKS[6]!)} />, { locale: 'es' });
    expect(screen.getByRole('heading', { name: 'Este es un enlace corto de 1688' })).toBeVisible();
    expect(screen.getByText(/solo los puede abrir el propio 1688/)).toBeInTheDocument();
  });
});
