// Injected by typing-part.mjs into the page before any of the app's scripts run (a classic
// script, not a module). It does two things while `probe.recording` is on:
//
// 1. Re-renders: it stands in for the React DevTools global hook, which React (production
//    builds too) calls after every commit. Walking the committed fiber tree the way React
//    DevTools does, it finds each component whose render function ran in that commit: a
//    fiber React worked on in this render (its parent's child list was rebuilt or it is
//    new) that carries React's PerformedWork flag. Each such render is placed by where its
//    output sits in the page: in the edited field, elsewhere in the edited list item, in
//    another list item ("Address N"/"Contact N" fieldsets), elsewhere in the current step's
//    <form>, the staff draft note, or outside them (the wizard frame, progress, heading,
//    error summary).
// 2. Latency: for each key press in the edited field, the time from the keydown event's
//    timestamp (when the browser received the key) to the end of the next frame's rendering
//    work on the main thread: a requestAnimationFrame callback posts a message, and the
//    message runs once that frame's style, layout and paint are done. Also when React's
//    last commit for the press ended, to tell the app's JavaScript from the browser's work.
/* global window, requestAnimationFrame */
(() => {
  // React's fiber tags and flags (stable across React 18 and 19).
  const FunctionComponent = 0;
  const ClassComponent = 1;
  const ForwardRef = 11;
  const SimpleMemoComponent = 15;
  const hostTags = new Set([5 /* HostComponent */, 26 /* HostHoistable */, 27 /* HostSingleton */]);
  const HostText = 6;
  const PerformedWork = 1;
  // MemoComponent (14) is left out: the component it wraps has its own fiber, counted there.
  const componentTags = new Set([
    FunctionComponent,
    ClassComponent,
    ForwardRef,
    SimpleMemoComponent,
  ]);

  const buckets = ['field', 'sameItem', 'otherItems', 'step', 'draftNote', 'outsideStep'];
  const probe = {
    reactAttached: false,
    recording: false,
    editedInput: null,
    commits: 0,
    lastCommitAt: 0,
    counts: Object.fromEntries(buckets.map((bucket) => [bucket, 0])),
    otherItemsTouched: new Set(),
    // For renders of the staff draft note: the type of the event being handled when React
    // committed them ('keydown', 'input'… for a key press; 'message' for React's scheduler).
    draftNoteCommitEvents: [],
    // "bucket element: name" -> count, for every render outside the edited field, to say what it was.
    rendersOutsideField: new Map(),
    latencies: [],
    slowEventTimings: [],
    waiters: [],
  };

  function firstHostNode(fiber) {
    for (let child = fiber.child; child; child = child.sibling) {
      if (hostTags.has(child.tag)) return child.stateNode;
      if (child.tag === HostText) return child.stateNode.parentElement;
      const inner = firstHostNode(child);
      if (inner) return inner;
    }
    return null;
  }

  // Where a component's output is: its first DOM element, or for one that renders none
  // (emotion's style <Insertion>, providers) the first element of its nearest ancestor that has one.
  function elementOf(fiber) {
    for (let current = fiber; current; current = current.return) {
      if (hostTags.has(current.tag)) return current.stateNode;
      const element = firstHostNode(current);
      if (element) return element;
    }
    return null;
  }

  function listItemOf(element) {
    for (let node = element; node; node = node.parentElement) {
      if (node.tagName === 'FIELDSET') {
        const legend = node.querySelector(':scope > legend');
        if (legend && /^(Address|Contact) \d+/.test(legend.textContent.trim())) return node;
      }
    }
    return null;
  }

  function describe(fiber, element) {
    const type = fiber.type;
    const name =
      (typeof type === 'function' && (type.displayName || type.name)) ||
      (type && typeof type === 'object' && (type.displayName || type.render?.name)) ||
      'anonymous';
    const where = element
      ? `${element.tagName.toLowerCase()}${element.classList[0] ? `.${element.classList[0]}` : ''}`
      : 'no element';
    return `${where}: ${name}`;
  }

  function place(fiber) {
    const element = elementOf(fiber);
    const input = probe.editedInput;
    if (!element || !input) return 'outsideStep';
    // The staff draft note (above the step) changes when a save to the server completes: it
    // is counted on its own, with what React was handling when it committed.
    if (element.closest('.draft-status')) return 'draftNote';
    const field = input.closest('.MuiTextField-root, .MuiFormControl-root') ?? input;
    if (field.contains(element)) return 'field';
    const item = listItemOf(element);
    if (item) {
      if (item === listItemOf(input)) return 'sameItem';
      probe.otherItemsTouched.add(item);
      return 'otherItems';
    }
    const form = input.closest('form');
    return form && form.contains(element) ? 'step' : 'outsideStep';
  }

  function countRenders(fiber) {
    for (let child = fiber; child; child = child.sibling) {
      const previous = child.alternate;
      const isNew = previous === null;
      if (componentTags.has(child.tag) && (isNew || (child.flags & PerformedWork) !== 0)) {
        const bucket = place(child);
        probe.counts[bucket] += 1;
        if (bucket === 'draftNote') probe.draftNoteCommitEvents.push(window.event?.type ?? 'none');
        if (bucket !== 'field') {
          const key = `${bucket} ${describe(child, elementOf(child))}`;
          probe.rendersOutsideField.set(key, (probe.rendersOutsideField.get(key) ?? 0) + 1);
        }
      }
      // A subtree React did not touch keeps its old child list: nothing in it rendered.
      if (child.child && (isNew || child.child !== previous.child)) countRenders(child.child);
    }
  }

  let nextRendererId = 1;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      const id = nextRendererId++;
      this.renderers.set(id, renderer);
      probe.reactAttached = true;
      return id;
    },
    onCommitFiberRoot(_rendererId, root) {
      if (!probe.recording) return;
      probe.lastCommitAt = performance.now();
      probe.commits += 1;
      const current = root.current;
      if (current.child && current.child !== current.alternate?.child) countRenders(current.child);
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    checkDCE() {},
  };

  window.addEventListener(
    'keydown',
    (event) => {
      if (!probe.recording || event.target !== probe.editedInput) return;
      const pressedAt = event.timeStamp;
      const handledAt = performance.now();
      requestAnimationFrame(() => {
        const frameAt = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.latencies.push({
            total: performance.now() - pressedAt,
            inputDelay: handledAt - pressedAt,
            toCommit: probe.lastCommitAt > handledAt ? probe.lastCommitAt - pressedAt : null,
            toFrameStart: frameAt - pressedAt,
          });
          for (const resolve of probe.waiters.splice(0)) resolve();
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );

  // The browser's own view (Event Timing API): key events whose next paint came 16 ms or
  // more after the key (its smallest threshold; durations are rounded to 8 ms).
  try {
    new PerformanceObserver((list) => {
      if (!probe.recording) return;
      for (const entry of list.getEntries()) {
        probe.slowEventTimings.push({
          name: entry.name,
          duration: entry.duration,
          processing: entry.processingEnd - entry.processingStart,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16 });
  } catch {
    // No Event Timing in this browser: the figure is reported as not measured.
  }

  probe.start = (input) => {
    probe.commits = 0;
    probe.lastCommitAt = 0;
    for (const bucket of buckets) probe.counts[bucket] = 0;
    probe.otherItemsTouched.clear();
    probe.draftNoteCommitEvents = [];
    probe.rendersOutsideField.clear();
    probe.latencies = [];
    probe.slowEventTimings = [];
    probe.editedInput = input;
    probe.recording = true;
  };
  probe.stop = () => {
    probe.recording = false;
    return {
      commits: probe.commits,
      counts: probe.counts,
      otherItemsTouched: probe.otherItemsTouched.size,
      draftNoteCommitEvents: probe.draftNoteCommitEvents,
      rendersOutsideField: [...probe.rendersOutsideField.entries()].sort((a, b) => b[1] - a[1]),
      latencies: probe.latencies,
      slowEventTimings: probe.slowEventTimings,
    };
  };
  /** Resolves after the next latency is recorded (the frame after a key press). */
  probe.nextFrameMeasured = () => new Promise((resolve) => probe.waiters.push(resolve));
  window.__net3BenchProbe = probe;
})();
