import { heightMessages } from './height-message';

/**
 * Tells the host page our content height whenever it changes. Measures the content element, not
 * the document (a document in a tall frame never reports shrinking), and re-sends when the frame
 * becomes visible (a frame loaded in a hidden tab measures 0 at first).
 */
export function reportHeight(content: HTMLElement, id: string, view: string): () => void {
  if (window.parent === window) return () => {};
  let last = -1;
  const send = () => {
    const height = content.getBoundingClientRect().height;
    if (height <= 0 || Math.abs(height - last) < 1) return;
    last = height;
    for (const message of heightMessages(id, view, height)) window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(content);
  const onVisible = () => {
    last = -1;
    send();
  };
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('load', onVisible);
  send();
  return () => {
    observer.disconnect();
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('load', onVisible);
  };
}
