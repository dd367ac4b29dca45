import { describe, expect, it } from 'vitest';
import { orderArea } from '../../../entrypoints/page-tools.content/order-area';
import { docFromHtml } from '../../support/dom';

/**
 * jsdom lays nothing out: each element's box is read from its data-box attribute ("x y w h"),
 * so the test says which element was chosen by the box it reports.
 */
function laidOut(html: string): Document {
  const doc = docFromHtml(html);
  const proto = doc.defaultView!.Element.prototype;
  proto.getBoundingClientRect = function (this: Element) {
    const [x, y, w, h] = (this.getAttribute('data-box') ?? '0 0 0 0').split(' ').map(Number);
    return { left: x, top: y, width: w, height: h } as DOMRect;
  };
  return doc;
}

const LIST = `<body data-box="0 0 1000 3000"><main data-box="0 0 1000 3000">
  <h1 data-box="0 0 1000 40">My orders</h1>
  <section data-box="0 50 1000 300"><div data-box="0 50 1000 20">Order No. <span data-box="80 50 100 20">A-100</span></div>
    <p data-box="0 80 1000 20">Mug ¥89.00</p></section>
  <section data-box="0 400 1000 200"><div data-box="0 400 1000 20">Order No. <span data-box="80 400 100 20">A-1001</span></div>
    <p data-box="0 430 1000 20">Runner ¥45.00</p></section>
</main></body>`;

describe('orderArea: one order of a list page, told apart from the others by their numbers', () => {
  it("gives the largest block around the order's number that mentions no other order", () => {
    const doc = laidOut(LIST);
    expect(orderArea(doc, 'A-1001', ['A-100', 'A-1001'])).toEqual({ x: 0, y: 400, width: 1000, height: 200 });
    // An id that is part of another's ("A-100" in "A-1001") does not make the other's block shared.
    expect(orderArea(doc, 'A-100', ['A-100', 'A-1001'])).toEqual({ x: 0, y: 50, width: 1000, height: 300 });
  });

  it('gives nothing when the number is not in the text, or its block also holds another order', () => {
    expect(orderArea(laidOut(LIST), 'B-7', ['A-100'])).toBeUndefined();
    const shared = laidOut(
      `<body data-box="0 0 1000 900"><table data-box="0 0 1000 900"><tr data-box="0 0 1000 30"><td data-box="0 0 1000 30">A-1 and A-2</td></tr></table></body>`,
    );
    expect(orderArea(shared, 'A-1', ['A-2'])).toBeUndefined();
  });

  it("skips OrderProof's own UI and blocks too tall to be one order", () => {
    const doc = laidOut(`<body data-box="0 0 1000 9000">
      <div data-orderproof="order-menu" data-box="0 0 300 300">A-5</div>
      <main data-box="0 0 1000 9000"><div data-box="0 0 1000 9000">A-5 only</div></main></body>`);
    expect(orderArea(doc, 'A-5', ['A-6'])).toBeUndefined();
  });
});
