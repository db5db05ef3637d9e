/**
 * The quick exit, once JavaScript runs (the link leaves without it). Leaving replaces this page in
 * the history, so Back does not return to it, and blanks it first, so nothing stays on screen while
 * the other site loads. Pressing Shift on its own three times within 5 seconds leaves too, as in
 * GOV.UK's "Exit this page"; Shift held for a capital letter does not count, and any other key
 * starts the count again. This is the only script on reading pages: keep it small, with no imports.
 */
const WINDOW_MS = 5000;

const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
if (link) {
  const exitUrl = link.href;
  const leave = () => {
    document.title = '';
    document.body.hidden = true;
    location.replace(exitUrl);
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });

  let presses = 0;
  let firstPressAt = 0;
  let usedAsModifier = false;
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Shift') {
        if (!event.repeat) usedAsModifier = false;
        return;
      }
      usedAsModifier = true;
      presses = 0;
    },
    true,
  );
  document.addEventListener(
    'keyup',
    (event) => {
      if (event.key !== 'Shift' || usedAsModifier) return;
      const now = Date.now();
      if (presses === 0 || now - firstPressAt > WINDOW_MS) {
        presses = 0;
        firstPressAt = now;
      }
      presses += 1;
      if (presses === 3) {
        presses = 0;
        leave();
      }
    },
    true,
  );
  // A page restored from the back-forward cache would otherwise come back blank.
  addEventListener('pageshow', () => {
    document.body.hidden = false;
  });
}
