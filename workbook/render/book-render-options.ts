import { book } from '../../src/lib/book.ts';
import type { PrintManifest } from '../contracts/print-manifest.ts';
import type { RenderEditionOptions } from './render-edition.ts';
import { renderTimeoutMs } from './render-timeout.ts';

/**
 * What every render of this book shares, whoever asks for it (the build, the CLI's edition, the
 * CLI's set): where the print page is served, what it must contain, the date and the details
 * stamped on the PDF, and the time limit. The caller adds its signal and progress line.
 */
export function bookRenderOptions(source: {
  siteUrl: string;
  manifest: PrintManifest;
  date: Date;
}): Omit<RenderEditionOptions, 'signal' | 'onProgress'> {
  return { ...source, author: book.author, keywords: book.keywords, timeoutMs: renderTimeoutMs() };
}
