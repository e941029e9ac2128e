// zod can compile fast paths with `new Function` (and probes for it when a schema is built); a
// strict Content-Security-Policy reports that as a violation. zod/mini 4.6 as we use it builds no
// such path (test/core/bundle-size.test.ts checks the embed has no Function constructor), and this
// setting keeps it that way should a later zod add one. It must run before any schema module is
// evaluated: it is the first import of define.ts.
import * as z from 'zod/mini';

z.config({ jitless: true });
