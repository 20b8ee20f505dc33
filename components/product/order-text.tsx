/**
 * The order's problems and hints (lib/domain/order.ts gives codes and figures) in the page's
 * language: "Add 20 more pieces to reach the minimum order of 100 pieces.", "Only 30 pieces
 * in stock.", "Add 50 pieces for CN¥2.80 each…". The order form, the sourcing list and the
 * comparison word them alike.
 */
import { useLocale, useTranslations } from 'next-intl';
import { useUnits } from '@/i18n/units';
import { formatCny } from '@/lib/domain/currency';
import type { NextTier, OrderProblem, StockProblem } from '@/lib/domain/order';
import { fromFen } from '@/lib/domain/pricing';

export function useOrderText() {
  const t = useTranslations('Order');
  const units = useUnits();
  const locale = useLocale();
  const money = (fen: number) => formatCny(fromFen(fen), locale);
  return {
    problem(p: OrderProblem, unit: string): string {
      if (p.code === 'below_moq') {
        return t(p.lot > 1 ? 'belowMoqLots' : 'belowMoq', {
          add: p.add,
          addUnit: units.objectName(unit, p.add),
          moq: units.count(p.moq, unit),
          lot: p.lot,
        });
      }
      return t(p.remove > 0 ? 'lotSizeOrRemove' : 'lotSize', {
        lot: p.lot,
        add: p.add,
        addUnit: units.objectName(unit, p.add),
        up: p.up,
        remove: p.remove,
        down: p.down,
      });
    },
    stock(p: StockProblem, unit: string): string {
      return p.code === 'out_of_stock'
        ? t('outOfStock')
        : t('lowStock', { stock: units.count(p.stock, unit) });
    },
    nextTier(next: NextTier, unit: string): string {
      return t('nextTier', {
        add: units.objectCount(next.addQuantity, unit),
        price: money(next.priceFen),
        total: next.minQuantity,
        saving: money(next.savingFen),
        units: units.name(unit, next.minQuantity),
      });
    },
  };
}

/** A key for a problem in a list of them (React keys). */
export const problemKey = (p: OrderProblem) => JSON.stringify(p);

/** An order problem in the page's language, where a hook cannot be called (table rows). */
export function OrderProblemText({ problem, unit }: { problem: OrderProblem; unit: string }) {
  return <>{useOrderText().problem(problem, unit)}</>;
}
