// Starts fetching the rest of the wizard once the first step is on screen and the browser has
// a moment (requestIdleCallback), or as soon as the person starts on the form (first focus or
// key in the page), whichever comes first, and at the latest after PRELOAD_AT_LATEST_MS. Not
// in the first render's path: on a slow phone the first step's own work (hydrating, the
// choice lists) comes first, and a person reading it is idle time enough to fetch the form
// rules and the next step before they press Next (issue 12, docs/decisions/010).
import { useEffect, useEffectEvent } from 'react';

/** The idle callback's deadline: the preload starts by then even if the page stays busy. */
export const PRELOAD_AT_LATEST_MS = 1_500;

// The first sign that the person is using the form: the preload need not wait for idle time.
const startSignals = ['focusin', 'keydown', 'pointerdown'] as const;

export function useIdlePreload(preload: () => void): void {
  const onStart = useEffectEvent(preload);

  useEffect(() => {
    let started = false;
    let idleHandle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stopWaiting = () => {
      if (idleHandle !== undefined) window.cancelIdleCallback(idleHandle);
      clearTimeout(timer);
      for (const signal of startSignals) document.removeEventListener(signal, start, true);
    };
    function start() {
      if (started) return;
      started = true;
      stopWaiting();
      onStart();
    }
    if (typeof window.requestIdleCallback === 'function') {
      idleHandle = window.requestIdleCallback(start, { timeout: PRELOAD_AT_LATEST_MS });
    } else {
      // Safari before 18 and jsdom: a short pause after mounting stands in for idle time.
      timer = setTimeout(start, 200);
    }
    for (const signal of startSignals) document.addEventListener(signal, start, true);
    return stopWaiting;
  }, []);
}
