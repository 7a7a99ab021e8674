// Injected by first-input.mjs into the page before any of its own scripts run (a classic
// script). It records when the page's first text input is on screen: in the document, not
// hidden (the signup's honeypot is aria-hidden and visually hidden, 1 px), with a real size,
// inside the viewport, and visible (checkVisibility: no display:none, visibility:hidden or
// opacity 0 on it or an ancestor, so a fade-in or a hidden-until-hydrated form does not count).
//
// It looks once per frame, in a requestAnimationFrame callback, which runs just before that
// frame's style, layout and paint, so an input found there is painted in that same frame; a
// MutationObserver asks for that frame as soon as an input is inserted, and it posts a message
// from the callback: the message runs once the frame's rendering work is done, and that is
// the "painted" time. Times are performance.now(), milliseconds from navigation start.
/* global window, document, requestAnimationFrame, MutationObserver */
(() => {
  if (window.top !== window) return;
  const selector =
    'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], ' +
    'input[type="password"], input[type="search"], input[type="url"], input[type="number"]';
  const state = { foundAt: null, paintedAt: null, label: null, frames: 0 };
  window.__net3FirstInput = state;

  const labelOf = (input) =>
    (input.labels?.[0]?.textContent ?? input.getAttribute('aria-label') ?? input.name ?? '')
      .replace(/\s+/g, ' ')
      .trim();

  const isOnScreen = (input) => {
    if (input.closest('[aria-hidden="true"], [hidden], .visually-hidden')) return false;
    const box = input.getBoundingClientRect();
    if (box.width < 8 || box.height < 8) return false;
    if (box.bottom <= 0 || box.right <= 0) return false;
    if (box.top >= window.innerHeight || box.left >= window.innerWidth) return false;
    return input.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };

  const paintedChannel = new MessageChannel();
  paintedChannel.port1.onmessage = () => {
    state.paintedAt = performance.now();
  };

  let frameRequested = false;
  const check = () => {
    frameRequested = false;
    if (state.foundAt !== null) return;
    state.frames += 1;
    const input = Array.from(document.querySelectorAll(selector)).find(isOnScreen);
    if (input) {
      state.foundAt = performance.now();
      state.label = labelOf(input);
      observer.disconnect();
      paintedChannel.port2.postMessage(null);
      return;
    }
    requestFrame();
  };
  const requestFrame = () => {
    if (frameRequested) return;
    frameRequested = true;
    requestAnimationFrame(check);
  };
  // Looks every frame (a stylesheet or a class can show an input already in the document)
  // and asks for a frame on every insertion.
  const observer = new MutationObserver(requestFrame);
  observer.observe(document, { childList: true, subtree: true });
  requestFrame();
})();
