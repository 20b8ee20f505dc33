/**
 * zod as the browser may run it: pages forbid eval in their Content-Security-Policy, so zod
 * must not try to compile its parsers with `new Function` (its "jit"), which it otherwise
 * attempts once and which the browser reports as a violation. Code that parses in the browser
 * imports zod from here, as a namespace (`import * as z from '@/lib/domain/zod'`), so that
 * bundlers keep only the parts of zod in use: zod's `z` export is one object holding all of
 * it, its error messages in every language included.
 */
import { config } from 'zod';

config({ jitless: true });

export * from 'zod';
