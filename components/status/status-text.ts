/**
 * The diagnostics report's texts in the page's language. The report gives each finding as a
 * stable code with its figures, beside the English the API says; a page words the codes it
 * has messages for (Status in messages/*.json, whose English is the API's) and shows any
 * other text (an upstream error's own message, say) as the report gives it.
 */
import type { StatusReport } from '@/lib/status/schema';

type Values = Record<string, string | number>;
export type Translate = { (key: string, values?: Values): string; has(key: string): boolean };

type Check = StatusReport['checks'][number];
type Probe = NonNullable<StatusReport['probes']>['results'][number];

const worded = (t: Translate, key: string, values: Values | undefined, given: string) =>
  t.has(key) ? t(key, values) : given;

/** A configuration check's finding and its fix. `t`: the Status messages. */
export function checkText(t: Translate, check: Check): { message: string; fix: string } {
  const key = `checks.${check.code}`;
  return {
    message: worded(t, `${key}.message`, check.values, check.message),
    fix: worded(t, `${key}.fix`, check.values, check.fix),
  };
}

/**
 * What a probe found and what to do. `failure`: the Failure messages, whose hints word the
 * fix of an upstream failure (the API's fix is that failure's hint).
 */
export function probeText(
  t: Translate,
  failure: Translate,
  probe: Probe,
): { detail: string; fix?: string } {
  const key = `probe.${probe.reason}`;
  const detail = worded(t, `${key}.detail`, probe.values, probe.detail);
  if (probe.fix === undefined) return { detail };
  const fix = t.has(`${key}.fix`)
    ? t(`${key}.fix`, probe.values)
    : worded(failure, `codes.${probe.reason}.hint`, undefined, probe.fix);
  return { detail, fix };
}

/** Why the catalog serves from where it does. */
export function sourceText(t: Translate, source: { code?: string; reason: string }): string {
  return source.code
    ? worded(t, `sources.${source.code}`, undefined, source.reason)
    : source.reason;
}

/** "API credentials are configured!", with the number of problems when there are some. */
export function configText(
  t: Translate,
  status: StatusReport['config']['status'],
  problems: number,
): string {
  return t(`configMessages.${status}`, { count: problems });
}
