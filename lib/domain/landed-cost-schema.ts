/**
 * The schema of the landed-cost rates table (landed-cost-rates.json). The table is checked
 * where pifa is configured and built (`next.config.ts`) and in the unit tests, never in the
 * browser: the browser uses the table as checked here, and loads no schema for it.
 */
import * as z from './zod';
import { METHOD_IDS, RATES, type RatesTable } from './landed-cost';

const fen = z.int().check(z.nonnegative());
const percent = z.number().check(z.minimum(0), z.maximum(100));
const positive = z.number().check(z.positive());
const perMethod = z.object({ express_air: fen, economy_air: fen, sea_rail: fen });

export const ratesTable = z.object({
  version: z.literal(1),
  asOf: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  source: z.string().check(z.minLength(1)),
  currency: z.literal('CNY'),
  agentFeePercent: percent,
  domestic: z.object({ label: z.string(), firstKgFen: fen, extraKgFen: fen }),
  methods: z
    .array(
      z.object({
        id: z.enum(METHOD_IDS),
        label: z.string().check(z.minLength(1)),
        days: z.string(),
        volumetricDivisor: positive,
        roundUpKg: positive,
        minChargeableKg: z.number().check(z.nonnegative()),
      }),
    )
    .check(z.minLength(1)),
  destinations: z
    .array(
      z.object({
        code: z.string().check(z.regex(/^[A-Z]{2}$/)),
        name: z.string().check(z.minLength(1)),
        customsValue: z.enum(['goods', 'goods_and_freight']),
        vatName: z.string(),
        vatPercent: percent,
        dutyPercent: percent,
        freightPerKgFen: perMethod,
        shipmentFeeFen: perMethod,
      }),
    )
    .check(z.minLength(1)),
});

// The schema and the type the code uses describe the same table (checked when type-checking).
const sameShape: z.SameShape<z.infer<typeof ratesTable>, RatesTable> = true;
void sameShape;

/** Throws, saying what is wrong and where, when the shipped table does not fit its schema. */
export function checkRatesTable(table: unknown = RATES): void {
  const result = ratesTable.safeParse(table);
  if (result.success) return;
  const problems = result.error.issues.map((i) => {
    const expected =
      i.code === 'invalid_type'
        ? `expected ${i.expected}`
        : i.code === 'invalid_value'
          ? `expected ${i.values.map((v) => JSON.stringify(v)).join(' or ')}`
          : i.code === 'too_small'
            ? `${i.inclusive ? 'at least' : 'more than'} ${String(i.minimum)}`
            : i.code === 'too_big'
              ? `${i.inclusive ? 'at most' : 'less than'} ${String(i.maximum)}`
              : i.code.replaceAll('_', ' ');
    return `${i.path.join('.') || '(table)'}: ${i.message} (${expected})`;
  });
  throw new Error(
    `lib/domain/landed-cost-rates.json does not fit its schema (lib/domain/landed-cost-schema.ts):\n  ${problems.join('\n  ')}`,
  );
}
