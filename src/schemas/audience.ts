import { z } from 'astro/zod';

/** Who a prompt or exercise is for: the partner who was hurt, the partner who was unfaithful, or both. */
export const audienceSchema = z.enum(['hurt', 'unfaithful', 'both']);

export type Audience = z.infer<typeof audienceSchema>;
