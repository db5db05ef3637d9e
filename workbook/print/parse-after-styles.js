// Empty on purpose. PrintSource.astro loads this as a classic script in <head>, after the print's
// style sheets: the HTML parser waits for a script, and a script waits for the sheets above it,
// so the book's text is parsed only once its styles and @font-face rules are in place (why: there).
