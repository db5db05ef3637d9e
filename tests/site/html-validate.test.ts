import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPagePaths, distDir, requireDist } from '../support/built-site.ts';

/*
 * Every reading page and both print sources are valid, well-formed HTML by
 * html-validate:recommended and .htmlvalidate.json. JSON has no comments and html-validate
 * rejects unknown keys, so the reason for each rule the config relaxes lives here, and the
 * test fails if the two lists drift apart.
 */

const relaxedRules: Record<string, string> = {
  'no-trailing-whitespace':
    'astro.config.mjs keeps compressHTML off (compression glues words to links); the indentation it leaves is not markup.',
  'no-redundant-role':
    'only role="list" is allowed: Safari/VoiceOver drop list semantics from lists styled with list-style: none.',
  'long-title':
    'a chapter title is the article heading, exactly, followed by the book name; search engines truncate, nothing breaks.',
};

const PRINT_SOURCES = ['/workbook/print/letter/', '/workbook/print/a4/'];

beforeAll(requireDist);

describe('html-validate', () => {
  it('every reading page and print source validates without errors', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of [...builtPagePaths(), ...PRINT_SOURCES]) {
      const file = path.join(distDir, page.endsWith('.html') ? page : path.join(page, 'index.html'));
      const report = await validator.validateFile(file);
      for (const message of report.results.flatMap((result) => result.messages)) {
        problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    if (problems.length > 0) expect.fail(`${problems.length} html-validate error(s):\n${problems.join('\n')}`);
  });

  it('gives a reason for every rule .htmlvalidate.json relaxes', () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as { rules?: Record<string, unknown> };
    expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(relaxedRules).sort());
  });
});
