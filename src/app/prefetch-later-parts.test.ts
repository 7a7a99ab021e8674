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

describe('prefetchLaterParts', () => {
  it('adds one prefetch link per address, fetched as the module scripts will be, and only once', async () => {
    const { prefetchLaterParts } = await freshModule();
    writeList('["/assets/form-schema-abc.js", "/assets/addresses-step-def.js"]');
    prefetchLaterParts();
    prefetchLaterParts();

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
});

describe('prefetchLaterPartsWhenIdle', () => {
  it('adds them later, not in the task that asks, and only once', async () => {
    const { prefetchLaterPartsWhenIdle } = await freshModule();
    writeList('["/assets/form-schema-abc.js", "/assets/addresses-step-def.js"]');
    prefetchLaterPartsWhenIdle();
    prefetchLaterPartsWhenIdle();
    expect(prefetchLinks()).toHaveLength(0);

    await waitFor(() => expect(prefetchLinks()).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(prefetchLinks()).toHaveLength(2);
  });
});
