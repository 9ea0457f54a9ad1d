import type { FrameLayout } from './frame';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Properties whose computed value decides how a mark looks. They are written inline because the
 * page's CSS (classes, custom properties such as var(--cat-1), dark theme) does not travel with the file.
 */
const INHERITED = [
  'fill', 'fill-opacity', 'stroke', 'stroke-opacity', 'stroke-width', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'letter-spacing',
  'paint-order', 'visibility', 'dominant-baseline', 'font-variant-numeric',
] as const;
const OWN_DEFAULT = {
  opacity: '1',
  display: 'inline',
  'mix-blend-mode': 'normal',
  transform: 'none',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
} as const;
const OWN = Object.keys(OWN_DEFAULT) as (keyof typeof OWN_DEFAULT)[];

/** Readers open the file where the page's fonts are absent: fall back to the system's CJK fonts. */
export const FONT_FALLBACK = '"PingFang TC", "Noto Sans CJK TC", "Noto Sans TC", "Microsoft JhengHei", "Heiti TC", sans-serif';
export function withFallback(fontFamily: string): string {
  const families = [...fontFamily.split(','), ...FONT_FALLBACK.split(',')].map((f) => f.trim()).filter((f) => f && f !== 'sans-serif');
  return [...new Set(families), 'sans-serif'].join(', ');
}

/** Writes each element's computed look onto its clone, leaving out what it would inherit anyway. */
function inlineStyles(source: Element, clone: Element, parent: CSSStyleDeclaration | null): void {
  const computed = getComputedStyle(source);
  const style: string[] = [];
  for (const prop of INHERITED) {
    const value = computed.getPropertyValue(prop);
    if (value && (!parent || parent.getPropertyValue(prop) !== value)) style.push(`${prop}:${prop === 'font-family' ? withFallback(value) : value}`);
  }
  for (const prop of OWN) {
    const value = computed.getPropertyValue(prop);
    if (value && value !== OWN_DEFAULT[prop]) style.push(`${prop}:${value}`);
  }
  clone.removeAttribute('class');
  // Presentation attributes naming CSS variables mean nothing outside the page; the inline style says it.
  for (const attr of [...clone.attributes]) if (attr.value.includes('var(')) clone.removeAttribute(attr.name);
  if (style.length) clone.setAttribute('style', style.join(';'));
  else clone.removeAttribute('style');
  const sourceChildren = source.children;
  const cloneChildren = clone.children;
  for (let i = 0; i < sourceChildren.length; i++) inlineStyles(sourceChildren[i]!, cloneChildren[i]!, computed);
}

export interface FrameColours {
  background: string | null;
  text: string;
  muted: string;
  fontFamily: string;
}

function textBlock(lines: readonly string[], block: FrameLayout['title'], fill: string, weight: number): SVGTextElement {
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', String(block.x));
  text.setAttribute('y', String(block.y));
  text.setAttribute('font-size', String(block.size));
  text.setAttribute('font-weight', String(weight));
  text.setAttribute('fill', fill);
  lines.forEach((line, i) => {
    const span = document.createElementNS(SVG_NS, 'tspan');
    span.setAttribute('x', String(block.x));
    if (i > 0) span.setAttribute('dy', String(block.lineHeight));
    span.textContent = line;
    text.append(span);
  });
  return text;
}

/** One chart SVG of the view and where it sits, relative to the top left of all of them. */
export interface ChartPart {
  svg: SVGSVGElement;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An HTML label that sits among the charts (a panel heading), redrawn as SVG text at its place. */
export interface ChartLabel {
  text: string;
  /** Left edge and first baseline, relative to the charts' box. */
  x: number;
  y: number;
  size: number;
  weight: string;
  colour: string;
}

/**
 * A self-contained SVG document of the view's charts inside the frame: styles inlined, title above,
 * sources, credit and date below, optional background. Text stays text (selectable, editable).
 */
export function standaloneSvg(parts: readonly ChartPart[], labels: readonly ChartLabel[], layout: FrameLayout, colours: FrameColours): string {
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(layout.width));
  root.setAttribute('height', String(layout.height));
  root.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  root.setAttribute('font-family', withFallback(colours.fontFamily));
  if (colours.background) {
    const bg = document.createElementNS(SVG_NS, 'rect');
    bg.setAttribute('width', '100%');
    bg.setAttribute('height', '100%');
    bg.setAttribute('fill', colours.background);
    root.append(bg);
  }
  root.append(textBlock(layout.title.lines, layout.title, colours.text, 700));

  for (const part of parts) {
    // A CSS background on the chart (the map's sea) is not SVG paint: draw it as a rectangle.
    const fill = getComputedStyle(part.svg).backgroundColor;
    if (fill && fill !== 'rgba(0, 0, 0, 0)' && fill !== 'transparent') {
      const sea = document.createElementNS(SVG_NS, 'rect');
      for (const [k, v] of Object.entries({ x: layout.chart.x + part.x, y: layout.chart.y + part.y, width: part.width, height: part.height })) {
        sea.setAttribute(k, String(Math.round(v)));
      }
      sea.setAttribute('fill', fill);
      root.append(sea);
    }
    const clone = part.svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(part.svg, clone, null);
    if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${part.width} ${part.height}`);
    clone.setAttribute('x', String(layout.chart.x + Math.round(part.x)));
    clone.setAttribute('y', String(layout.chart.y + Math.round(part.y)));
    clone.setAttribute('width', String(Math.round(part.width)));
    clone.setAttribute('height', String(Math.round(part.height)));
    // Interaction state is not part of a picture.
    for (const el of [clone, ...clone.querySelectorAll('[tabindex], [role]')]) {
      el.removeAttribute('tabindex');
      el.removeAttribute('role');
    }
    root.append(clone);
  }

  for (const label of labels) {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(layout.chart.x + Math.round(label.x)));
    text.setAttribute('y', String(layout.chart.y + Math.round(label.y)));
    text.setAttribute('font-size', String(label.size));
    text.setAttribute('font-weight', label.weight);
    text.setAttribute('fill', label.colour);
    text.textContent = label.text;
    root.append(text);
  }

  root.append(textBlock(layout.footer.lines, layout.footer, colours.muted, 400));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}
