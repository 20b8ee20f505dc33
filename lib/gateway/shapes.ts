/**
 * Reading 1688's answers against the raw schemas, the same way for the catalog and for the
 * /api-status probes. A list of rows is read row by row: a row in a new shape is counted as a
 * kind of drift (with a masked sample) and the others are shown; an answer none of whose rows
 * can be read, or whose payload itself has changed, is an `upstream_bad_response`. Each reader
 * hands its issues to `report` (the catalog records them in lib/gateway/drift.ts, a probe
 * collects them) before it returns or throws.
 */
import type { z } from 'zod';
import type { Category, Product, ProductSummary } from '@/lib/domain/schemas';
import type { ShapeIssue } from './drift';
import { gatewayError } from './errors';
import {
  isPublished,
  productProblem,
  type SummaryContext,
  summaryProblem,
  toCategory,
  toProduct,
  toProductSummary,
} from './mappers';
import {
  categoryTranslation,
  productDetail,
  type RawSearchOffer,
  searchOffer,
  searchPayload,
  translatedCategory,
} from './raw-schemas';
import { maskedSample } from './shape-sample';

export type Report = (issues: ShapeIssue[]) => void;

type Issue = z.core.$ZodIssue;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function expectedOf(issue: Issue): string[] {
  if (issue.code === 'invalid_type') return [String(issue.expected)];
  if (issue.code === 'invalid_union') return issue.errors.flat().flatMap(expectedOf);
  return [];
}

/** "priceInfo.price is an object (expected number or string)", "offerId missing". */
export function describeIssue(issue: Issue, input: unknown): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? '[]' : String(p))).join('.');
  const where = path.replace(/\.\[\]/g, '[]') || 'the payload';
  const actual = valueAt(input, issue.path);
  if (actual === undefined) return `${where} missing`;
  const expected = [...new Set(expectedOf(issue))].filter((e) => e !== 'null' && e !== 'undefined');
  const hint = expected.length ? ` (expected ${expected.join(' or ')})` : '';
  return `${where} is ${typeName(actual)}${hint}`;
}

/** Issues grouped by kind, each with the count and one sample. */
class Issues {
  private readonly byKind = new Map<string, ShapeIssue>();
  add(kind: string, sampleOf: unknown): void {
    const known = this.byKind.get(kind);
    if (known) known.rows += 1;
    else this.byKind.set(kind, { kind, rows: 1, sample: maskedSample(sampleOf) });
  }
  get list(): ShapeIssue[] {
    return [...this.byKind.values()];
  }
}

function badShape(api: string, issues: ShapeIssue[], what: string) {
  const kinds = issues.map((i) => i.kind).join('; ');
  return gatewayError(
    'upstream_bad_response',
    { api },
    `1688 answered ${api} in a shape pifa does not understand: ${what}${kinds ? ` (${kinds})` : ''}.`,
  );
}

/** The payload against its schema; a payload that has changed is reported, then thrown. */
function readPayload<T extends z.ZodType>(
  api: string,
  schema: T,
  payload: unknown,
  report: Report,
): z.infer<T> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issues = new Issues();
  issues.add(describeIssue(parsed.error.issues[0]!, payload), payload);
  report(issues.list);
  throw badShape(api, issues.list, 'the answer itself has changed');
}

export type SearchRead = {
  /** 1688's count of matching offers (totalRecords). */
  total: number | undefined;
  /** Every row in 1688's order: its summary, or null when it was left out (see `itemsOf`). */
  slots: (ProductSummary | null)[];
  /** Rows received. */
  rows: number;
  /** Rows left out because the offer is not on sale. */
  unavailable: number;
  /** Rows left out because they could not be read. */
  failed: number;
};

export function readSearch(
  api: string,
  payload: unknown,
  report: Report,
  context: SummaryContext = {},
): SearchRead {
  const page = readPayload(api, searchPayload, payload, report);
  const issues = new Issues();
  const slots: (ProductSummary | null)[] = [];
  let unavailable = 0;
  for (const row of page.data) {
    slots.push(null);
    const parsed = searchOffer.safeParse(row);
    if (!parsed.success) {
      issues.add(describeIssue(parsed.error.issues[0]!, row), row);
      continue;
    }
    const problem = summaryProblem(parsed.data);
    if (problem) {
      issues.add(problem, row);
      continue;
    }
    if (!isPublished(parsed.data.status)) {
      unavailable++;
      continue;
    }
    slots[slots.length - 1] = toProductSummary(parsed.data, context);
  }
  const failed = page.data.length - itemsOf({ slots }).length - unavailable;
  if (failed > 0) report(issues.list);
  if (failed > 0 && failed === page.data.length) {
    throw badShape(api, issues.list, `none of its ${failed} rows could be read`);
  }
  const total =
    page.totalRecords === undefined ? undefined : Math.max(0, Math.round(page.totalRecords));
  return { total, slots, rows: page.data.length, unavailable, failed };
}

/**
 * The first row of a search answer that can be read, raw (a seller's profile is its seller
 * fields); rows in a new shape are reported like any search's. null when there are no rows.
 */
export function readFirstRow(api: string, payload: unknown, report: Report): RawSearchOffer | null {
  const page = readPayload(api, searchPayload, payload, report);
  const issues = new Issues();
  for (const row of page.data) {
    const parsed = searchOffer.safeParse(row);
    if (parsed.success) {
      if (issues.list.length) report(issues.list);
      return parsed.data;
    }
    issues.add(describeIssue(parsed.error.issues[0]!, row), row);
  }
  if (page.data.length) {
    report(issues.list);
    throw badShape(api, issues.list, `none of its ${page.data.length} rows could be read`);
  }
  return null;
}

/** The rows that can be shown. (Kept answers hold only `slots`, so they are stored once.) */
export function itemsOf(read: Pick<SearchRead, 'slots'>): ProductSummary[] {
  return read.slots.filter((s): s is ProductSummary => s !== null);
}

export function readDetail(api: string, payload: unknown, report: Report): Product {
  const raw = readPayload(api, productDetail, payload, report);
  const problem = productProblem(raw);
  if (problem) {
    const issues = new Issues();
    issues.add(problem, payload);
    report(issues.list);
    throw badShape(api, issues.list, 'the offer cannot be shown');
  }
  return toProduct(raw)!;
}

export type CategoryRead = {
  category: Category;
  parentId: string | undefined;
  level: number | undefined;
  /** null when 1688 did not list the children (documented to happen for some nodes). */
  children: Category[] | null;
};

export function readCategoryNode(api: string, payload: unknown, report: Report): CategoryRead {
  const raw = readPayload(api, categoryTranslation, payload, report);
  let children: Category[] | null = null;
  if (raw.children) {
    const issues = new Issues();
    children = [];
    for (const row of raw.children) {
      const parsed = translatedCategory.safeParse(row);
      if (parsed.success) children.push(toCategory(parsed.data));
      else issues.add(describeIssue(parsed.error.issues[0]!, row), row);
    }
    if (issues.list.length) report(issues.list);
    if (children.length === 0 && raw.children.length > 0) {
      throw badShape(api, issues.list, 'none of its child categories could be read');
    }
  }
  const parentId =
    raw.parentCateId && raw.parentCateId !== raw.categoryId ? raw.parentCateId : undefined;
  return { category: toCategory(raw), parentId, level: raw.level, children };
}
