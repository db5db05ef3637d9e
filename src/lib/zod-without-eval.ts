import { z } from 'astro/zod';

/*
 * zod compiles fast parsers with `new Function` after probing whether eval is allowed; under the
 * site's Content-Security-Policy (script-src 'self', no 'unsafe-eval') that probe is blocked and
 * reported as a violation even though zod catches it. Imported first by book.ts, the first module
 * of the site's, the studio's and the print page's scripts to parse anything (content/book.json).
 */
z.config({ jitless: true });
