/**
 * The line on the opener of a chapter a counselor keeps for sessions (--session-chapters). It
 * asks, and says why, without warning anyone off reading: the conversations in such a chapter
 * are easier with someone there to hold them.
 */
export const sessionOnlyLine =
  'Work through this chapter in a session with your counselor. You are welcome to read it beforehand; its conversations are easier with someone there to help you both.';
