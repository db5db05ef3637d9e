/** Who an edition is for: both partners sharing one book, or one partner's personal copy. */
export const readers = ['couple', 'hurt', 'unfaithful'] as const;
export type Reader = (typeof readers)[number];
