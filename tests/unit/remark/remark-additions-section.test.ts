import { describe } from 'vitest';
import plugin from '../../../src/remark/remark-additions-section.ts';
import { runFixtures } from './run-fixtures.ts';

describe('remark-additions-section', () => {
  runFixtures('remark-additions-section', plugin);
});
