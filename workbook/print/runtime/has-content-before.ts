/** Whether anything with a box comes before `element` inside `container` (a laid-out page). */
export function hasContentBefore(element: Element, container: Element): boolean {
  for (let at: Element | null = element; at && at !== container; at = at.parentElement) {
    for (let before = at.previousElementSibling; before; before = before.previousElementSibling) {
      if (before.getBoundingClientRect().height > 0) return true;
    }
  }
  return false;
}
