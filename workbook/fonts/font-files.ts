import type { AcceptedPlugin } from 'postcss';

/**
 * For astro.config's Vite: font files stay files, WOFF2 only. Our Chromium and every browser we
 * support read WOFF2, so fontsource's WOFF fallbacks would only double the hundreds of CJK slices
 * in dist/; and a small slice inlined as a data: URL would be downloaded with its stylesheet
 * whether or not its characters are on the page, which is what unicode-range is there to avoid.
 * The PostCSS step runs after @import is inlined and before Vite resolves url()s, so a dropped
 * WOFF is never emitted.
 */
export const fontFilesCss = { postcss: { plugins: [dropWoffFallbacks()] } };

/** A font file, which Vite must never inline as a data: URL. */
export function isFontFile(file: string): boolean {
  return /\.woff2?$/.test(file);
}

const WOFF_FALLBACK = /,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/g;

function dropWoffFallbacks(): AcceptedPlugin {
  return {
    postcssPlugin: 'drop-woff-fallbacks',
    AtRule: {
      'font-face': (rule) => {
        rule.walkDecls('src', (declaration) => {
          declaration.value = declaration.value.replace(WOFF_FALLBACK, '');
        });
      },
    },
  };
}
