import { describe } from 'vitest';
import plugin from '../../../src/remark/remark-article-text.ts';
import { runFixtures } from './run-fixtures.ts';

describe('remark-article-text', () => {
  runFixtures('remark-article-text', plugin);
});
