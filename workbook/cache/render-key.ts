import type { Edition } from '../edition/standard-editions.ts';
import type { PaperId } from '../page/paper-sizes.ts';
import type { ChromiumIdentity } from './chromium-identity.ts';
import { canonicalJson, sha256 } from './digest.ts';

/**
 * Raised when what a key is made of changes shape, so no entry written under the old shape can
 * ever be read as current.
 */
const KEY_FORMAT = 2;

/** Everything besides the edition's own settings that decides the bytes of a rendered edition. */
export interface RenderInputs {
  /** Per paper: the digest of its print page's HTML and every file that page loads (CSS, scripts with Paged.js, fonts, images). */
  printPages: Record<PaperId, string>;
  /** The digest of the print manifest: what the guards require, the title and language. */
  manifest: string;
  /** What post-processing writes into every PDF. */
  stamp: { author: string; keywords: readonly string[]; date: string };
  /** The site's public address, with its path. */
  siteAddress: string;
  /** The digest of the renderer's code (render, guards, post-processing, the in-page runtime) and its packages' versions. */
  renderer: string;
  chromium: ChromiumIdentity;
}

/** The key an edition's rendered PDF is cached under: it changes whenever anything that decides its bytes does. */
export function renderKey(edition: Edition, inputs: RenderInputs): string {
  const { printPages, ...shared } = inputs;
  return sha256(
    canonicalJson({ format: KEY_FORMAT, edition, printPage: printPages[edition.options.paper], ...shared }),
  );
}
