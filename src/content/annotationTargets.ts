import type { AnnotationTarget, PageAnnotations } from '../shared/exports';
import type { Mark } from './marks';

/** Characters of context kept on each side of a sentence for a TextQuoteSelector. */
const CONTEXT_CHARS = 32;

/**
 * Locates each highlighted sentence in the text content of the page's body, as W3C Web
 * Annotation selectors do: the exact text with its neighbours, and its offsets. Both
 * re-anchor on the same page after a reload, by any tool that reads the same text.
 */
export function annotationTargets(marks: readonly Mark[]): PageAnnotations {
  const body = document.body;
  const text = body.textContent ?? '';
  const before = document.createRange();
  const targets: AnnotationTarget[] = [];
  for (const mark of marks) {
    if (mark.range.collapsed || !body.contains(mark.range.startContainer)) continue;
    before.setStart(body, 0);
    before.setEnd(mark.range.startContainer, mark.range.startOffset);
    const start = before.toString().length;
    const exact = mark.range.toString();
    const end = start + exact.length;
    targets.push({ claimId: mark.claim.id, stance: mark.match.stance, exact, prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: text.slice(end, end + CONTEXT_CHARS), start, end });
  }
  return { url: location.href, title: document.title, targets };
}
