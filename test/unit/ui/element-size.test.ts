import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { elementSize } from '../../../src/lib/ui/element-size';

/** A stand-in element that logs each time its width is read (in a browser: a layout if the page changed). */
function element(width: number, log: string[], name: string) {
  return {
    width,
    get clientWidth() {
      log.push(`read ${name}`);
      return this.width;
    },
  };
}

const observers: { callback: () => void; observed: unknown[]; disconnected: boolean }[] = [];
beforeEach(() => {
  observers.length = 0;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      record: (typeof observers)[number];
      constructor(callback: () => void) {
        this.record = { callback, observed: [], disconnected: false };
        observers.push(this.record);
      }
      observe(target: unknown) {
        this.record.observed.push(target);
      }
      disconnect() {
        this.record.disconnected = true;
      }
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

const attach = (el: ReturnType<typeof element>, set: (w: number) => void) => elementSize('clientWidth', set)(el as unknown as HTMLElement) as () => void;

describe('elementSize', () => {
  it('reads nothing as elements attach, then each one once, after all that attached together', async () => {
    const log: string[] = [];
    const views = ['map', 'sankey', 'power'].map((name, i) => element(300 + i, log, name));
    views.forEach((el, i) => attach(el, (w) => log.push(`set ${i} ${w}`)));
    expect(log).toEqual([]);
    await Promise.resolve();
    expect(log).toEqual(['read map', 'set 0 300', 'read sankey', 'set 1 301', 'read power', 'set 2 302']);
  });

  it('follows later changes the observer reports, and stops when detached', async () => {
    const log: string[] = [];
    const el = element(500, log, 'map');
    const widths: number[] = [];
    const detach = attach(el, (w) => widths.push(w));
    await Promise.resolve();
    el.width = 420;
    observers[0]!.callback();
    expect(widths).toEqual([500, 420]);
    detach();
    expect(observers[0]!.disconnected).toBe(true);
  });

  it('does not read an element detached before its first reading', async () => {
    const log: string[] = [];
    const widths: number[] = [];
    attach(element(500, log, 'map'), (w) => widths.push(w))();
    await Promise.resolve();
    expect(log).toEqual([]);
    expect(widths).toEqual([]);
  });

  it('reads the size it is asked for', async () => {
    const heights: number[] = [];
    const box = { clientWidth: 300, offsetHeight: 720 };
    elementSize('offsetHeight', (h) => heights.push(h))(box as unknown as HTMLElement);
    await Promise.resolve();
    expect(heights).toEqual([720]);
  });
});
