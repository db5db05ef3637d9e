import { describe } from 'vitest';
import plugin from '../../../src/remark/remark-only-in.ts';
import { runFixtures } from './run-fixtures.ts';

describe('remark-only-in', () => {
  runFixtures('remark-only-in', plugin);
});
