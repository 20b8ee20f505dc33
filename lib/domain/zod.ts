/**
 * zod as the browser may run it: pages forbid eval in their Content-Security-Policy, so zod
 * must not try to compile its parsers with `new Function` (its "jit"), which it otherwise
 * attempts once and which the browser reports as a violation. Code that parses in the browser
 * imports `z` from here.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
