// Part 3 of `npm run bench`: typing into one contact while the wizard holds 10 addresses and
// 25 contacts. In Chromium on the production build, it measures each key press's time to the
// next frame and counts the React components that re-render outside the edited field
// (typing-probe.browser.js does both inside the page).

// Functions passed to page.evaluate run in the browser, where window is the page's.
/* global window */
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../find-chromium.mjs';
import {
  figure,
  formatCount,
  formatMilliseconds,
  median,
  partResult,
  percentile,
  table,
} from './bench-figures.mjs';
import { signInAsDemoStaff, startProductionServer } from './bench-processes.mjs';
// The app's own draft key and item shapes, so the seeded draft is one the app loads.
import {
  DRAFT_SAVE_DELAY_MS,
  DRAFT_STORAGE_KEY,
  draftStorageKey,
  setDraftOwner,
} from '../../src/provisioning/form/draft-storage.ts';
import { fakeNet3DemoUsers } from '../../server/fake-net3/demo-users.ts';
import {
  defaultProvisionCustomerForm,
  emptyAddress,
  emptyContact,
} from '../../src/provisioning/form/form-defaults.ts';

export const TYPING_P95_BUDGET_MS = 16;
const ADDRESSES = 10;
const CONTACTS = 25;
const EDITED_CONTACT = 13; // in the middle: list items before and after it
const EDITED_LABEL = 'Last name';
// Pause between presses: a fast typist's pace, and enough for each press to be measured alone.
const PAUSE_MS = 60;

const probeFile = fileURLToPath(new URL('./typing-probe.browser.js', import.meta.url));

function seededDraft() {
  const form = defaultProvisionCustomerForm();
  form.customer = {
    ...form.customer,
    customerName: 'Bench Holdings',
    customerId: 'BENCH-1',
    email: 'ops@bench.example',
    phone: '(803) 555-0100',
  };
  form.addresses = Array.from({ length: ADDRESSES }, (_, index) => ({
    ...emptyAddress(index === 0),
    street: `${index + 1} Main St`,
    city: 'Columbia',
    state: 'SC',
    postalCode: '29201',
  }));
  form.contacts = Array.from({ length: CONTACTS }, (_, index) => ({
    ...emptyContact(index === 0 ? ['Primary'] : ['Technical']),
    firstName: `Person${index + 1}`,
    lastName: 'Example',
    email: `person${index + 1}@bench.example`,
  }));
  // Dated now, so it is newer than any copy the server keeps for the person.
  return { form, step: 'contacts', savedAt: Date.now() };
}

/**
 * The sessionStorage key the app reads the seeded draft from: a staff draft in the tab is the
 * signed-in person's own, kept under their user name (signInAsDemoStaff signs in the first).
 */
function seededDraftKey(signedIn) {
  setDraftOwner(signedIn ? fakeNet3DemoUsers[0].userName : undefined);
  const key = draftStorageKey(DRAFT_STORAGE_KEY);
  setDraftOwner(undefined);
  return key;
}

/**
 * Types `keyPresses` letters into `input` (already focused, probe installed) and returns what
 * the probe saw. Each press is waited for until its frame is measured, then a short pause.
 */
async function typeAndMeasure(page, input, keyPresses) {
  await input.evaluate((element) => window.__net3BenchProbe.start(element));
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const before = await input.inputValue();
  for (let press = 0; press < keyPresses; press++) {
    await page.keyboard.press(letters[press % letters.length]);
    await page.evaluate(
      (count) =>
        new Promise((resolve) => {
          const probe = window.__net3BenchProbe;
          const check = () =>
            probe.latencies.length >= count ? resolve() : probe.waiters.push(check);
          check();
        }),
      press + 1,
    );
    await page.waitForTimeout(PAUSE_MS);
  }
  const result = await page.evaluate(() => window.__net3BenchProbe.stop());
  const typed = Array.from({ length: keyPresses }, (_, press) => letters[press % letters.length]);
  const after = await input.inputValue();
  if (after !== before + typed.join('')) {
    throw new Error(`the field did not receive the key presses as typed (it holds "${after}")`);
  }
  if (result.latencies.length !== keyPresses) {
    throw new Error(`measured ${result.latencies.length} of ${keyPresses} key presses`);
  }
  return result;
}

/** The same measurement on a bare <input> in an empty page: what this machine and browser cost alone. */
async function measureBaseline(context, keyPresses) {
  const page = await context.newPage();
  try {
    await page.addInitScript({ path: probeFile });
    const url = 'http://baseline.bench.invalid/';
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Baseline</title><label>Last name <input id="baseline"></label>',
      }),
    );
    await page.goto(url);
    const input = page.locator('#baseline');
    await input.click();
    return await typeAndMeasure(page, input, keyPresses);
  } finally {
    await page.close();
  }
}

/** The wizard on its Contacts step, from a seeded draft of ADDRESSES addresses and CONTACTS contacts. */
async function openSeededContactsStep(context, serverUrl, signedIn) {
  const draftKey = seededDraftKey(signedIn);
  const page = await context.newPage();
  await page.addInitScript({ path: probeFile });
  // The draft goes in before the app's first script runs, as a reload would find it (set
  // after a first load instead, the app's own autosave could overwrite it on leaving).
  await page.addInitScript(
    ([key, draft]) => {
      if (sessionStorage.getItem('net3-bench:seeded')) return;
      sessionStorage.setItem(key, JSON.stringify(draft));
      sessionStorage.setItem('net3-bench:seeded', 'yes');
    },
    [draftKey, seededDraft()],
  );
  await page.goto(`${serverUrl}/?step=contacts`);
  const contacts = page.getByRole('group', { name: /^Contact \d+$/ });
  await contacts.first().waitFor({ timeout: 15_000 });
  const shown = await contacts.count();
  if (shown !== CONTACTS) {
    throw new Error(
      `the Contacts step shows ${shown} contacts, not the ${CONTACTS} of the seeded draft (key ${draftKey})`,
    );
  }
  if (!(await page.evaluate(() => window.__net3BenchProbe.reactAttached))) {
    throw new Error('React never attached to the DevTools hook the probe installs');
  }
  return page;
}

/**
 * Proof that the probe sees renders beyond the edited field: "Add contact" must re-render
 * the step (its list) and mount a new item. Zero here would make the zeros above meaningless.
 */
async function countRendersOfAddContact(page, input) {
  await input.evaluate((element) => window.__net3BenchProbe.start(element));
  await page.getByRole('button', { name: 'Add contact', exact: true }).click();
  await page.getByRole('group', { name: `Contact ${CONTACTS + 1}`, exact: true }).waitFor();
  await page.waitForTimeout(200);
  return page.evaluate(() => window.__net3BenchProbe.stop());
}

export async function runTypingPart({ logDir, chromiumPath, keyPresses = 100, log = () => {} }) {
  const server = await startProductionServer({ logDir, logName: 'production-server-typing' });
  let browser;
  try {
    // Frames are made as soon as the page has one ready, not held to a 60 Hz clock, so the
    // time to the next frame is the page's own work rather than partly a wait for the tick.
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [...chromiumArgs, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // The wizard is for signed-in staff: the browser gets the session cookie first.
    const sessionCookie = await signInAsDemoStaff(server.url);
    if (sessionCookie) {
      const [name, ...value] = sessionCookie.split('=');
      await context.addCookies([{ name, value: value.join('='), url: server.url }]);
    }
    log(`typing: ${keyPresses} key presses in a bare <input> (baseline)`);
    const baseline = await measureBaseline(context, keyPresses);

    const page = await openSeededContactsStep(context, server.url, Boolean(sessionCookie));
    const input = page
      .getByRole('group', { name: `Contact ${EDITED_CONTACT}`, exact: true })
      .getByLabel(EDITED_LABEL, { exact: true });
    await input.click();
    await page.keyboard.press('End');
    await page.waitForTimeout(500);
    log(`typing: ${keyPresses} key presses in Contact ${EDITED_CONTACT} ${EDITED_LABEL}`);
    const result = await typeAndMeasure(page, input, keyPresses);
    const selfCheck = await countRendersOfAddContact(page, input);

    const selfCheckRenders =
      selfCheck.counts.step + selfCheck.counts.otherItems + selfCheck.counts.outsideStep;
    const totals = result.latencies.map((latency) => latency.total);
    const baselineTotals = baseline.latencies.map((latency) => latency.total);
    const perPress = (count) => count / keyPresses;
    const { counts } = result;
    const slowKeyEvents = result.slowEventTimings.filter((entry) => entry.name.startsWith('key'));

    return partResult({
      figures: [
        figure('Key press to next frame, p50', percentile(totals, 50), {
          format: formatMilliseconds,
        }),
        figure('Key press to next frame, p95', percentile(totals, 95), {
          max: TYPING_P95_BUDGET_MS,
          format: formatMilliseconds,
        }),
        figure('Key press to next frame, max', Math.max(...totals), { format: formatMilliseconds }),
        figure(
          `Components re-rendered in the rest of Contact ${EDITED_CONTACT} (its other fields, the edited field's label and hint)`,
          counts.sameItem,
          { max: 0, format: formatCount },
        ),
        figure('Components re-rendered in other list items', counts.otherItems, {
          max: 0,
          format: formatCount,
        }),
        figure('Other list items that re-rendered', result.otherItemsTouched, {
          max: 0,
          format: formatCount,
        }),
        figure(
          'Components re-rendered outside the current step (wizard, progress, other steps)',
          counts.outsideStep,
          {
            max: 0,
            format: formatCount,
          },
        ),
        figure(
          'Renders of the staff draft note above the step (its text changes when a save to the server completes)',
          counts.draftNote,
          {
            format: formatCount,
            note:
              result.draftNoteCommitEvents.length > 0
                ? `committed while the page handled: ${result.draftNoteCommitEvents.join(', ')} ` +
                  '(a key press is keydown or input; React’s scheduler, after a save’s answer, is message)'
                : undefined,
          },
        ),
        figure(
          'Probe self-check: components rendered outside the field by clicking "Add contact"',
          selfCheckRenders,
          {
            format: formatCount,
            note:
              selfCheckRenders === 0
                ? 'zero: the probe may be blind, so the zeros above prove nothing'
                : undefined,
          },
        ),
        figure('Components re-rendered in the step itself, outside any list item', counts.step, {
          format: formatCount,
        }),
        figure(
          'Key events the browser timed at 16 ms or more (Event Timing API)',
          slowKeyEvents.length,
          {
            format: formatCount,
          },
        ),
        figure(
          'Baseline, bare <input>: key press to next frame, p50',
          percentile(baselineTotals, 50),
          {
            format: formatMilliseconds,
          },
        ),
        figure(
          'Baseline, bare <input>: key press to next frame, p95',
          percentile(baselineTotals, 95),
          {
            format: formatMilliseconds,
          },
        ),
      ],
      tables: [
        table(
          `Component renders during ${keyPresses} key presses (${result.commits} React commits), ` +
            `and for the self-check, one click on "Add contact" afterwards (${selfCheck.commits} commits)`,
          ['Where', 'Renders while typing', 'Per key press', 'Renders for "Add contact"'],
          [
            ['The edited input (and the styled element it renders)', 'field'],
            [`The rest of Contact ${EDITED_CONTACT}`, 'sameItem'],
            ['Other list items', 'otherItems'],
            ['The step, outside list items', 'step'],
            ['The staff draft note', 'draftNote'],
            ['Outside the step', 'outsideStep'],
          ].map(([where, bucket]) => [
            where,
            formatCount(counts[bucket]),
            perPress(counts[bucket]).toFixed(2),
            formatCount(selfCheck.counts[bucket]),
          ]),
        ),
        table(
          'Latency breakdown (ms)',
          ['Part', 'p50', 'p95', 'max'],
          [
            ['Key received to its keydown handler (input delay)', 'inputDelay'],
            ["Key received to the end of React's commit (handlers and React done)", 'toCommit'],
            ['Key received to the start of the next frame', 'toFrameStart'],
            ['Key received to the end of that frame (the figure above)', 'total'],
          ].map(([label, key]) => {
            const values = result.latencies
              .map((latency) => latency[key])
              .filter((value) => value !== null);
            const at = (p) =>
              values.length > 0 ? formatMilliseconds(percentile(values, p)) : 'n/a';
            return [label, at(50), at(95), at(100)];
          }),
        ),
        ...(result.rendersOutsideField.length > 0
          ? [
              table(
                'What re-rendered outside the edited field (its first DOM element; component names are minified in production)',
                ['Where', 'First element: component', 'Renders'],
                result.rendersOutsideField.slice(0, 15).map(([key, count]) => {
                  const [where, ...rest] = key.split(' ');
                  return [where, rest.join(' '), formatCount(count)];
                }),
              ),
            ]
          : []),
      ],
      notes: [
        `\`npm start\` (production build, built-in fake API) in Chromium (Playwright, headless, 1280×800, no CPU throttling), ` +
          "signed in as the fake's first demo staff user. " +
          `A draft with ${ADDRESSES} addresses and ${CONTACTS} filled-in contacts is put in sessionStorage under the app's ` +
          `key for that person (${DRAFT_STORAGE_KEY}:<user name>, from src/provisioning/form/draft-storage.ts) and the Contacts step loaded from it; ` +
          `then ${keyPresses} letters are typed at the end of Contact ${EDITED_CONTACT}'s ${EDITED_LABEL}, one every ~${PAUSE_MS} ms plus the measuring round trip.`,
        "Latency: from the keydown event's timestamp (when the browser received the key, so input delay counts) to the end " +
          "of the next frame's main-thread work (a requestAnimationFrame callback posts a message; the message runs after that " +
          "frame's style, layout and paint). It covers every handler, React's render and commit and the browser's rendering, " +
          'but not rasterising and compositing off the main thread. Chromium runs with --disable-frame-rate-limit and ' +
          '--disable-gpu-vsync so no frame is held back for a 60 Hz display tick (up to 16.7 ms that would say nothing ' +
          'about the app). The bare-input baseline, measured the same way in the same browser just before, is what this ' +
          "machine and Chromium cost with no app at all. The Event Timing API's durations (8 ms granularity, 16 ms minimum " +
          'threshold, and they do include display timing) are a cross-check only.',
        'Re-renders: a stand-in React DevTools global hook (typing-probe.browser.js) is installed before React loads; after ' +
          'each commit it walks the fiber tree as React DevTools does and counts components whose render function ran ' +
          "(React's PerformedWork flag on fibers React worked on), placed by where their output is in the page. MUI's " +
          'internal components count one by one, so one TextField render is several components. Only the Contacts step ' +
          'is mounted, so "other steps" cannot re-render; "outside the step" catches the wizard frame around it.',
        `The draft is saved ${DRAFT_SAVE_DELAY_MS} ms after the last change, so it is not saved while typing at this pace: its cost is not in these figures.`,
      ],
      data: {
        ...result,
        baseline: baseline.latencies,
        selfCheck: { counts: selfCheck.counts, otherItemsTouched: selfCheck.otherItemsTouched },
        medianMs: median(totals),
      },
    });
  } finally {
    await browser?.close();
    await server.stop();
  }
}
