import { describe } from 'vitest';
import plugin from '../../../src/remark/remark-reading-time.ts';
import { runFixtures } from './run-fixtures.ts';

describe('remark-reading-time', () => {
  runFixtures('remark-reading-time', plugin);
});
