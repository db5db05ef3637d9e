import { describe } from 'vitest';
import plugin from '../../../src/remark/remark-workbook-blocks.ts';
import { runFixtures } from './run-fixtures.ts';

describe('remark-workbook-blocks', () => {
  runFixtures('remark-workbook-blocks', plugin);
});
