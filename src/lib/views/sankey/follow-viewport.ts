import { flushSync } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { EVERYTHING, NEAR, covers, nearViewport, widen, type Band } from '../../model/sankey/band';
import { DRAW_ALL } from '../../ui/draw-all';
import { afterViewsReady, whenIdle } from '../../ui/after-ready';

/** Rows added per idle moment once the views are ready (~120 marks, 5-15 ms, at 50x data). */
const FILL_STEP = 300;
/** How long after the reader last pointed or typed the fill waits. */
const FILL_PAUSE = 800;

/**
 * Grows the rows of a tall chart that are drawn (`rows`): what the viewport nears, measured once a
 * frame at most after a scroll, a resize or a jump in how much of the chart is on screen; the rest a
 * step at a time while the main thread is idle once the views are ready, waiting while the reader
 * points or types (a step's new marks would be laid out and painted in the frame of the highlight
 * the reader waits for); all of them, synchronously, before a print or a download.
 */
export function followViewport(rows: { get(): Band; set(band: Band): void }, height: number): Attachment<SVGSVGElement> {
  return (element) => {
    const grow = (wanted: Band) => {
      const clamped = { top: Math.max(0, wanted.top), bottom: Math.min(height, wanted.bottom) };
      if (!covers(rows.get(), clamped)) rows.set(widen(rows.get(), clamped));
    };
    let frame = 0;
    const measure = () => {
      frame = 0;
      const box = element.getBoundingClientRect();
      // A presenter's slide scales a tall view down to fit: screen pixels per row of the chart.
      const scale = box.height > 0 ? box.height / height : 1;
      grow(nearViewport(box.top / scale, innerHeight / scale, NEAR));
    };
    const schedule = () => (frame ||= requestAnimationFrame(measure));
    // The observer's first report comes after the first layout, so the first measure reads a laid-out
    // page (measured at once, it forced the page's style and layout ahead of the views' first frame:
    // 60-100 ms at 50x data). Later reports catch what no scroll or resize announces, such as a
    // slide scaling the view to fit.
    const seen = new IntersectionObserver(schedule, { threshold: Array.from({ length: 21 }, (_, i) => i / 20) });
    seen.observe(element);

    let gone = false;
    let lastInput = -Infinity;
    const noteInput = () => (lastInput = performance.now());
    const fill = () => {
      if (gone || covers(rows.get(), { top: 0, bottom: height })) return;
      if (performance.now() - lastInput < FILL_PAUSE) return void setTimeout(() => whenIdle(fill), FILL_PAUSE);
      const { top, bottom } = rows.get();
      grow({ top: top - FILL_STEP, bottom: bottom + FILL_STEP });
      whenIdle(fill);
    };
    void afterViewsReady().then(fill);

    // Synchronously: a download copies the chart, and a print lays it out, right after asking.
    const drawAll = () => flushSync(() => rows.set(EVERYTHING));
    const figure = element.closest('[data-view]');
    const listeners: [EventTarget | null, string, EventListener][] = [
      [window, 'pointermove', noteInput],
      [window, 'keydown', noteInput],
      [window, 'scroll', schedule],
      [window, 'resize', schedule],
      [window, 'beforeprint', drawAll],
      [figure, DRAW_ALL, drawAll],
    ];
    for (const [target, type, listener] of listeners) target?.addEventListener(type, listener, { passive: true });
    return () => {
      gone = true;
      cancelAnimationFrame(frame);
      seen.disconnect();
      for (const [target, type, listener] of listeners) target?.removeEventListener(type, listener);
    };
  };
}
