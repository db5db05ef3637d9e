import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { saddleStitchOrder } from '../../workbook/pdf/saddle-stitch-order.ts';

/** Something printed on a page, in points from the page's top-left corner. */
export interface Mark {
  kind: 'text' | 'shape';
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** A text's words. */
  text?: string;
  /** A shape's fill or stroke colour, as "#rrggbb". */
  colour?: string;
}

export interface MarkedPage {
  width: number;
  height: number;
  marks: Mark[];
}

type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];

/** `first`, then `then`: a PDF `cm` applies its matrix before the current one. */
function compose(first: Matrix, then: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = first;
  const [a2, b2, c2, d2, e2, f2] = then;
  return [
    a1 * a2 + b1 * c2,
    a1 * b2 + b1 * d2,
    c1 * a2 + d1 * c2,
    c1 * b2 + d1 * d2,
    e1 * a2 + f1 * c2 + e2,
    e1 * b2 + f1 * d2 + f2,
  ];
}

function apply([a, b, c, d, e, f]: Matrix, x: number, y: number): [number, number] {
  return [a * x + c * y + e, b * x + d * y + f];
}

/**
 * What each page prints and where, read from the PDF's own drawing operations (pdf.js's operator
 * list, form fields left out): its words, and every filled or stroked shape with its colour (a
 * ruled line is a thin rectangle). A booklet's sheet sides are cut at the fold and put back in
 * book order, so its pages read like a book's.
 */
export async function readPageMarks(bytes: Uint8Array, { booklet = false } = {}): Promise<MarkedPage[]> {
  const { OPS, AnnotationMode } = await getResolvedPDFJS();
  const painting = new Set<number>([
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.stroke,
    OPS.closeStroke,
  ]);
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const sides: MarkedPage[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      const marks: Mark[] = [];
      const list = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
      let state = { ctm: identity, fill: '#000000', stroke: '#000000' };
      const saved: (typeof state)[] = [];
      list.fnArray.forEach((op, index) => {
        const args = list.argsArray[index] as unknown[];
        if (op === OPS.save) saved.push(state);
        else if (op === OPS.restore) state = saved.pop() ?? state;
        else if (op === OPS.transform) state = { ...state, ctm: compose(args as Matrix, state.ctm) };
        else if (op === OPS.paintFormXObjectBegin) {
          saved.push(state);
          const matrix = args[0] as Matrix | null;
          if (matrix) state = { ...state, ctm: compose([...matrix] as Matrix, state.ctm) };
        } else if (op === OPS.paintFormXObjectEnd) state = saved.pop() ?? state;
        else if (op === OPS.setFillRGBColor) state = { ...state, fill: String(args[0]) };
        else if (op === OPS.setStrokeRGBColor) state = { ...state, stroke: String(args[0]) };
        else if (op === OPS.constructPath) {
          const paint = args[0] as number;
          const box = args[2] as ArrayLike<number> | null;
          if (!painting.has(paint) || !box || box.length < 4) return;
          const corners = [
            apply(state.ctm, box[0]!, box[1]!),
            apply(state.ctm, box[2]!, box[3]!),
            apply(state.ctm, box[0]!, box[3]!),
            apply(state.ctm, box[2]!, box[1]!),
          ];
          const xs = corners.map(([x]) => x);
          const ys = corners.map(([, y]) => height - y);
          const stroked = paint === OPS.stroke || paint === OPS.closeStroke;
          marks.push({
            kind: 'shape',
            left: Math.min(...xs),
            right: Math.max(...xs),
            top: Math.min(...ys),
            bottom: Math.max(...ys),
            colour: (stroked ? state.stroke : state.fill).toLowerCase(),
          });
        }
      });
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [, , , , x, y] = item.transform as number[];
        marks.push({
          kind: 'text',
          text: item.str,
          left: x!,
          right: x! + item.width,
          top: height - y! - item.height,
          bottom: height - y!,
        });
      }
      sides.push({ width, height, marks });
    }
    return booklet ? bookOrder(sides) : sides;
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/** A booklet's sheet sides cut at the fold, each half a page in book order. */
function bookOrder(sides: MarkedPage[]): MarkedPage[] {
  const order = saddleStitchOrder(sides.length * 2);
  const pages: MarkedPage[] = [];
  sides.forEach((side, index) => {
    const placed = order[index];
    if (!placed) throw new Error(`sheet side ${index + 1} is not in the booklet's order`);
    const half = side.width / 2;
    const cut = (keep: (mark: Mark) => boolean, shift: number): MarkedPage => ({
      width: half,
      height: side.height,
      marks: side.marks.filter(keep).map((mark) => ({ ...mark, left: mark.left - shift, right: mark.right - shift })),
    });
    const centre = (mark: Mark) => (mark.left + mark.right) / 2;
    pages[placed.left - 1] = cut((mark) => centre(mark) < half && mark.right - mark.left < side.width * 0.9, 0);
    pages[placed.right - 1] = cut((mark) => centre(mark) >= half && mark.right - mark.left < side.width * 0.9, half);
  });
  return pages;
}
