import { Handler } from 'pagedjs';

/**
 * A prompts-only handout is homework, not a book to bind: its chapters follow on the next page,
 * with no blank verso before them. Paged.js reads break rules against the book's content alone,
 * where no `html[data-prompts-only]` selector matches, and it drops an explicit
 * `break-before: page` beside a named page's change (the chapter opener's), keeping the book's
 * `right`. So, once it has marked the breaks, the sections the edition marked flowing
 * (`data-flow`: apply-edition.ts) turn theirs from `right` to `page` here.
 */
export class FlowHandout extends Handler {
  afterParsed(parsed: ParentNode): void {
    for (const section of parsed.querySelectorAll('[data-flow][data-break-before="right"]')) {
      section.setAttribute('data-break-before', 'page');
      const before = section.previousElementSibling;
      if (before?.getAttribute('data-next-break-before') === 'right')
        before.setAttribute('data-next-break-before', 'page');
    }
  }
}
