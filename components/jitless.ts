// zod compiles fast paths with `new Function`, and probes for it when a schema is built; a strict
// Content-Security-Policy reports that probe as a violation. In the browser we validate without it.
// This module must be evaluated before any schema module: it is the first import of define.ts.
import * as z from 'zod/mini';

z.config({ jitless: true });
