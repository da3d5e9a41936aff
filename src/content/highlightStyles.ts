import type { MarkKind } from '../shared/underlineStyles';

export type { MarkKind };

/** Names under which our highlights are registered in CSS.highlights. */
export const HIGHLIGHT_NAMES: Record<MarkKind | 'focus', string> = {
  asserted: 'claimscope-asserted',
  contested: 'claimscope-contested',
  denial: 'claimscope-denial',
  focus: 'claimscope-focus',
};
