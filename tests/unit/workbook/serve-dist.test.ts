import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serveDirectory } from '../../../workbook/io/serve-directory.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/print/', import.meta.url));

describe('serveDirectory', () => {
  it('serves the folder on loopback with an ephemeral port, and 404s the rest', async () => {
    const server = await serveDirectory(fixtures);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const css = await fetch(new URL('book.css', server.url));
      expect(css.status).toBe(200);
      expect(await css.text()).toContain('@page');
      expect((await fetch(new URL('missing.css', server.url))).status).toBe(404);
    } finally {
      await server.close();
    }
    await expect(fetch(server.url)).rejects.toThrow();
  });
});
