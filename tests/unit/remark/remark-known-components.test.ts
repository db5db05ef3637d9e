import { describe } from 'vitest';
import plugin from '../../../src/remark/remark-known-components.ts';
import { runFixtures } from './run-fixtures.ts';

describe('remark-known-components', () => {
  runFixtures('remark-known-components', plugin, { allowed: ['Reflection', 'Exercise'] });
});
