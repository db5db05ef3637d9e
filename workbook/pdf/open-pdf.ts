import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';

/** A PDF opened by pdf.js, for reading its text and bookmarks. */
export type OpenPdf = Awaited<ReturnType<typeof getDocumentProxy>>;

/**
 * Opens `bytes` with pdf.js, runs `read` on it and closes it, so several readings of one PDF
 * (its pages' text, its bookmarks) parse the file once.
 */
export async function withOpenPdf<T>(bytes: Uint8Array, read: (pdf: OpenPdf) => Promise<T>): Promise<T> {
  // pdf.js may transfer (detach) the buffer it is given; the caller keeps theirs.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    return await read(pdf);
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/**
 * Loads pdf.js itself (1.7 MB of code), which the first `withOpenPdf` would otherwise do, so it
 * loads with the checks' other modules (`loadChecks`, render-edition.ts), before the first
 * printed PDF is read back.
 */
export async function loadPdfReader(): Promise<void> {
  await getResolvedPDFJS();
}
