import { describe, expect, it } from 'vitest';
import { postprocessPdf, type PdfMeta } from '../../../workbook/pdf/postprocess.ts';
import { setDocumentId } from '../../../workbook/pdf/set-document-id.ts';
import { savePdf } from '../../../workbook/pdf/save-pdf.ts';
import { catalogText, loadPdf, sha256, trailerId } from '../../support/pdf-inspect.ts';
import { tinyPdf } from '../../support/tiny-pdf.ts';

const meta: PdfMeta = {
  title: 'Rebuilding Trust After Infidelity',
  author: 'A. Author',
  subject: 'Workbook',
  keywords: ['trust', 'repair'],
  creator: 'workbook CLI',
  producer: 'Chromium + pdf-lib',
  language: 'en',
  date: new Date('2025-01-01T00:00:00Z'),
};

describe('postprocessPdf', () => {
  it('applies every piece of metadata', async () => {
    const doc = await loadPdf(await postprocessPdf(await tinyPdf([{ text: 'One' }]), meta));
    expect(doc.getTitle()).toBe(meta.title);
    expect(doc.getKeywords()).toBe('trust, repair');
    expect(doc.getProducer()).toBe(meta.producer);
    expect(doc.getCreationDate()).toEqual(meta.date);
    expect(catalogText(doc, 'Lang')).toBe('en');
    expect(doc.catalog.getViewerPreferences()?.getDisplayDocTitle()).toBe(true);
  });

  it('gives byte-identical output for the same input, whatever ID the input had', async () => {
    const input = await tinyPdf([{ text: 'One' }]);
    const withRandomId = await loadPdf(input);
    setDocumentId(withRandomId, crypto.getRandomValues(new Uint8Array(16)));
    const first = await postprocessPdf(input, meta);
    const second = await postprocessPdf(input, meta);
    const fromRandomId = await postprocessPdf(await savePdf(withRandomId), meta);
    expect(sha256(second)).toBe(sha256(first));
    expect(sha256(fromRandomId)).toBe(sha256(first));
    expect(trailerId(first)).toBeDefined();
  });

  it('changes the ID when the content changes', async () => {
    const one = await postprocessPdf(await tinyPdf([{ text: 'One' }]), meta);
    const two = await postprocessPdf(await tinyPdf([{ text: 'Two' }]), meta);
    expect(trailerId(two)?.[0]).not.toBe(trailerId(one)?.[0]);
  });
});
