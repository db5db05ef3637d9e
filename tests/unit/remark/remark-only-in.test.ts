import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import plugin from '../../../src/remark/remark-only-in.ts';
import { runFixtures } from './run-fixtures.ts';

describe('remark-only-in', () => {
  runFixtures('remark-only-in', plugin);

  it('refuses a mark in a chapter, whose article and prompts are the same in every medium', async () => {
    const mark = 'The article.\n\n<Only in="print">\nOur sentence.\n</Only>\n';
    const compile = (file: string) =>
      remark()
        .use(remarkMdx)
        .use(plugin, { chapters: 'content/guide' })
        .process(new VFile({ value: mark, path: file }));
    await expect(compile('content/guide/patience.mdx')).rejects.toThrow(
      'content/guide/patience.mdx:3 <Only>: a chapter is the same in every medium; put what only one medium needs in content/safety/ or content/howto/, or reword it so it is true everywhere.',
    );
    await expect(compile('content/safety/help-anywhere.mdx')).resolves.toBeDefined();
  });
});
