/**
 * zod as the browser may run it. Domain schemas are parsed in the browser too (answers of the
 * JSON API, what this browser stored), so they use Zod Mini: the same parsers with a functional
 * API that bundlers can trim, and schemas that are cheap to create when a page's scripts load.
 * Pages forbid eval in their Content-Security-Policy, so zod must not try to compile its
 * parsers with `new Function` (its "jit"), which it otherwise attempts once and which the
 * browser reports as a violation. Code that parses in the browser imports zod from here:
 * `import * as z from '@/lib/domain/zod'`.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';

/**
 * True when a schema's type and a type written by hand describe the same values:
 * `const same: SameShape<z.infer<typeof schema>, Type> = true` stops type-checking otherwise.
 * Modules the browser loads on every page use the written type, and leave the schema to a
 * module loaded when something is parsed.
 */
export type SameShape<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? // Each is assignable to the other, and neither has a key (an optional one) the other lacks.
      [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;
