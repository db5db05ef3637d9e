import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { savePdf } from '../../../workbook/pdf/save-pdf.ts';
import { setDates } from '../../../workbook/pdf/set-dates.ts';
import { setDocumentId } from '../../../workbook/pdf/set-document-id.ts';
import { setInfo } from '../../../workbook/pdf/set-info.ts';
import { setLanguage } from '../../../workbook/pdf/set-language.ts';
import { setViewerPreferences } from '../../../workbook/pdf/set-viewer-preferences.ts';
import { catalogText, loadPdf, sha256, trailerId } from '../../support/pdf-inspect.ts';
import { tinyPdf } from '../../support/tiny-pdf.ts';

/** Loads a fresh tiny PDF, applies `change`, saves, and loads the result back. */
async function roundTrip(change: (doc: PDFDocument) => void): Promise<{ doc: PDFDocument; bytes: Uint8Array }> {
  const doc = await loadPdf(await tinyPdf([{ text: 'One' }]));
  change(doc);
  const bytes = await savePdf(doc);
  return { doc: await loadPdf(bytes), bytes };
}

describe('setInfo', () => {
  it('writes title, author, subject, keywords, creator and producer', async () => {
    const { doc } = await roundTrip((pdf) =>
      setInfo(pdf, {
        title: 'Rebuilding Trust After Infidelity',
        author: 'A. Author',
        subject: 'A couples’ workbook',
        keywords: ['trust', 'couples therapy'],
        creator: 'workbook CLI',
        producer: 'Chromium + pdf-lib',
      }),
    );
    expect(doc.getTitle()).toBe('Rebuilding Trust After Infidelity');
    expect(doc.getAuthor()).toBe('A. Author');
    expect(doc.getSubject()).toBe('A couples’ workbook');
    expect(doc.getKeywords()).toBe('trust, couples therapy');
    expect(doc.getCreator()).toBe('workbook CLI');
    expect(doc.getProducer()).toBe('Chromium + pdf-lib');
  });
});

describe('setLanguage', () => {
  it('sets the catalog /Lang', async () => {
    const { doc } = await roundTrip((pdf) => setLanguage(pdf, 'en-US'));
    expect(catalogText(doc, 'Lang')).toBe('en-US');
  });

  it('refuses an empty language', async () => {
    const doc = await PDFDocument.create();
    expect(() => setLanguage(doc, ' ')).toThrow(/BCP 47/);
  });
});

describe('setDates', () => {
  it('sets creation and modification date to the given date', async () => {
    const date = new Date('2025-03-04T05:06:07Z');
    const { doc } = await roundTrip((pdf) => setDates(pdf, date));
    expect(doc.getCreationDate()).toEqual(date);
    expect(doc.getModificationDate()).toEqual(date);
  });

  it('refuses an invalid date', async () => {
    const doc = await PDFDocument.create();
    expect(() => setDates(doc, new Date('not a date'))).toThrow(/not a valid Date/);
  });
});

describe('setViewerPreferences', () => {
  it('asks viewers to display the document title', async () => {
    const { doc } = await roundTrip(setViewerPreferences);
    expect(doc.catalog.getViewerPreferences()?.getDisplayDocTitle()).toBe(true);
  });
});

describe('setDocumentId', () => {
  const seed = new TextEncoder().encode('same content');

  it('writes two equal 16-byte halves derived from the seed', async () => {
    const { bytes } = await roundTrip((pdf) => setDocumentId(pdf, seed));
    const id = trailerId(bytes);
    expect(id?.[0]).toMatch(/^[0-9A-F]{32}$/);
    expect(id?.[1]).toBe(id?.[0]);
  });

  it('is stable for the same seed and differs for another', async () => {
    const first = await roundTrip((pdf) => setDocumentId(pdf, seed));
    const second = await roundTrip((pdf) => setDocumentId(pdf, seed));
    const other = await roundTrip((pdf) => setDocumentId(pdf, new TextEncoder().encode('other content')));
    expect(sha256(second.bytes)).toBe(sha256(first.bytes));
    expect(trailerId(other.bytes)?.[0]).not.toBe(trailerId(first.bytes)?.[0]);
  });
});
