// When to start expensive, non-urgent work (the WebGL canvas): after the page has loaded, painted and gone idle.
import { useEffect, useState } from 'react';

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (h: number) => void };

/**
 * True once the page has loaded, the current content has been painted (two animation frames), no long task (> 50 ms,
 * PerformanceObserver 'longtask' where supported) has run for `quietMs`, and then the main thread is idle
 * (requestIdleCallback, at most `timeoutMs` later; a 200 ms timer where it is missing). Starts waiting only when
 * `armed`; stays true afterwards.
 */
export function useIdleAfterPaint(armed: boolean, quietMs = 0, timeoutMs = 2500): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (idle || !armed) return;
    const w = window as IdleWindow;
    let cancelled = false;
    let raf = 0;
    let idleHandle = 0;
    let timer = 0;
    let lastLongTaskEnd = performance.now();
    let observer: PerformanceObserver | null = null;
    if (quietMs > 0 && typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
      observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) lastLongTaskEnd = Math.max(lastLongTaskEnd, e.startTime + e.duration);
      });
      observer.observe({ type: 'longtask', buffered: true });
    }
    const done = () => { if (!cancelled) setIdle(true); };
    const whenIdle = () => {
      if (cancelled) return;
      if (w.requestIdleCallback) idleHandle = w.requestIdleCallback(done, { timeout: timeoutMs });
      else timer = window.setTimeout(done, 200);
    };
    const whenQuiet = () => {
      if (cancelled) return;
      const wait = lastLongTaskEnd + quietMs - performance.now();
      if (wait > 0) timer = window.setTimeout(whenQuiet, Math.min(wait, quietMs) + 10);
      else whenIdle();
    };
    const afterPaint = () => { raf = requestAnimationFrame(() => { raf = requestAnimationFrame(whenQuiet); }); };
    if (document.readyState === 'complete') afterPaint();
    else window.addEventListener('load', afterPaint, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', afterPaint);
      cancelAnimationFrame(raf);
      if (idleHandle && w.cancelIdleCallback) w.cancelIdleCallback(idleHandle);
      window.clearTimeout(timer);
      observer?.disconnect();
    };
  }, [armed, idle, quietMs, timeoutMs]);
  return idle;
}
