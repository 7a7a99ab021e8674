// The later parts' addresses come from the page (written at build time) and become one
// prefetch link each, once; a missing or broken list asks for nothing.
import { afterEach, describe, expect, it } from 'vitest';
import {
  LATER_PARTS_ELEMENT_ID,
  laterPartsInPage,
  prefetchLaterParts,
} from './prefetch-later-parts.ts';

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
  it('adds one prefetch link per address, fetched as the module scripts will be, and only once', () => {
    writeList('["/assets/form-schema-abc.js", "/assets/addresses-step-def.js"]');
    prefetchLaterParts();
    prefetchLaterParts();

    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')];
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
