// The later parts' addresses come from the page (written at build time) and become one
// prefetch link each, once; a missing or broken list asks for nothing.
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LATER_PARTS_ELEMENT_ID, laterPartsInPage } from './prefetch-later-parts.ts';

/** A fresh copy of the module: each asks only once a page. */
async function freshModule() {
  vi.resetModules();
  return import('./prefetch-later-parts.ts');
}

const prefetchLinks = () => [
  ...document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]'),
];

function writeList(text: string) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = LATER_PARTS_ELEMENT_ID;
  script.textContent = text;
  document.body.append(script);
}

afterEach(() => {
  document.getElementById(LATER_PARTS_ELEMENT_ID)?.remove();
  for (const link of document.head.querySelectorAll('link[rel="prefetch"]')) link.remove();
});

describe('laterPartsInPage', () => {
  it('reads the addresses, keeping only strings', () => {
    writeList('["/assets/form-schema-abc.js", 7, "/assets/addresses-step-def.js"]');
    expect(laterPartsInPage()).toEqual([
      '/assets/form-schema-abc.js',
      '/assets/addresses-step-def.js',
    ]);
  });

  it('is empty without a list, or with one that is not a JSON array', () => {
    expect(laterPartsInPage()).toEqual([]);
    writeList('not json');
    expect(laterPartsInPage()).toEqual([]);
    document.getElementById(LATER_PARTS_ELEMENT_ID)?.remove();
    writeList('{"url": "/assets/x.js"}');
    expect(laterPartsInPage()).toEqual([]);
  });
});

describe('prefetchLaterPartsWhenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('adds one prefetch link per address in idle periods, fetched as the module scripts will be, once', async () => {
    // Idle periods with room for one link each: the list takes one period per address.
    const periods: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
      periods.push(callback);
      return periods.length;
    });
    const tight = { didTimeout: false, timeRemaining: () => 0 } as IdleDeadline;
    vi.spyOn(HTMLLinkElement.prototype, 'relList', 'get').mockReturnValue({
      supports: () => true,
    } as unknown as DOMTokenList);
    const { prefetchLaterPartsWhenIdle } = await freshModule();
    writeList('["/assets/form-schema-abc.js", "/assets/addresses-step-def.js"]');
    prefetchLaterPartsWhenIdle();
    prefetchLaterPartsWhenIdle();
    expect(prefetchLinks()).toHaveLength(0);

    periods.shift()?.(tight);
    expect(prefetchLinks()).toHaveLength(1);
    periods.shift()?.(tight);
    periods.shift()?.(tight);
    expect(periods).toHaveLength(0);

    const links = prefetchLinks();
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/assets/form-schema-abc.js',
      '/assets/addresses-step-def.js',
    ]);
    for (const link of links) {
      expect(link.getAttribute('crossorigin')).toBe('');
      expect(link.getAttribute('as')).toBe('script');
    }
  });

  it('fetches them instead where links cannot prefetch (Safari)', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response(''));
    });
    const { prefetchLaterPartsWhenIdle } = await freshModule();
    writeList('["/assets/form-schema-abc.js"]');
    prefetchLaterPartsWhenIdle();

    await waitFor(() => expect(fetched).toEqual(['/assets/form-schema-abc.js']));
    expect(prefetchLinks()).toHaveLength(0);
  });
});
