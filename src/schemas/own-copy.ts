import type { z } from 'astro/zod';
import { everyone, roleIds } from '../lib/readers.ts';
import type { Audience } from './audience.ts';

/**
 * Refinements shared by `<Reflection>` and `<Exercise>`. A block meant for one reader's own copy
 * must name that reader: a prompt "for both" has no own copy to go in.
 */
export function checkOwnCopyOnly(
  props: { for: Audience; ownCopyOnly?: boolean | undefined },
  ctx: z.RefinementCtx,
): void {
  if (props.ownCopyOnly && props.for === everyone) {
    ctx.addIssue({
      code: 'custom',
      path: ['ownCopyOnly'],
      message: `only a block for one partner can be printed only in their own copy; set ${roleIds
        .map((id) => `for="${id}"`)
        .join(' or ')}, or remove ownCopyOnly`,
    });
  }
}

/** Writing space is counted in lines or is a full page, never both and never neither. */
export function checkWritingSpace(
  props: { lines?: number | undefined; fullPage?: boolean | undefined },
  ctx: z.RefinementCtx,
  range: string,
): void {
  if (props.fullPage && props.lines !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['fullPage'],
      message: 'give either lines={n} or fullPage, not both',
    });
  }
  if (!props.fullPage && props.lines === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['lines'],
      message: `is missing; give lines={n} (${range}), or fullPage for a page of writing space`,
    });
  }
}
