import { PDFAcroNonTerminal, type PDFAcroField, type PDFAcroForm, type PDFDocument } from 'pdf-lib';

/**
 * Files fields under their dotted names (PDF 32000 §12.7.3.2): `a.b.c` is the field `c` inside
 * non-terminal fields `b` and `a`, so a viewer shows a prompt's fragments together. pdf-lib's
 * `createTextField` files them too, but finds each parent by decoding every name at its level,
 * once per field: quadratic, about a third of a second for the workbook's ~270 fields (and it
 * registers each new parent twice). Here each parent is made once and kept by its dotted
 * prefix. Names are known to be unique and never the prefix of another (check-field-boxes.ts).
 */
export class FieldTree {
  readonly #doc: PDFDocument;
  readonly #form: PDFAcroForm;
  readonly #parents = new Map<string, PDFAcroNonTerminal>();

  constructor(doc: PDFDocument) {
    this.#doc = doc;
    this.#form = doc.getForm().acroForm;
  }

  /** Names `field` with the last part of `name` and puts it under the parents the rest names. */
  file(name: string, field: PDFAcroField): void {
    const parts = name.split('.');
    let parent: PDFAcroNonTerminal | undefined;
    parts.slice(0, -1).forEach((part, index) => {
      const prefix = parts.slice(0, index + 1).join('.');
      let node = this.#parents.get(prefix);
      if (!node) {
        node = PDFAcroNonTerminal.create(this.#doc.context);
        node.setPartialName(part);
        this.#attach(node, parent);
        this.#parents.set(prefix, node);
      }
      parent = node;
    });
    field.setPartialName(parts[parts.length - 1]);
    this.#attach(field, parent);
  }

  #attach(field: PDFAcroField, parent: PDFAcroNonTerminal | undefined): void {
    if (parent) {
      parent.addField(field.ref);
      field.setParent(parent.ref);
    } else this.#form.addField(field.ref);
  }
}
