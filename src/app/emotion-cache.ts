// The one Emotion cache the app's styles (MUI's and our styled components') go through. The
// prerender (src/prerender/) renders with a cache of the same key and writes the styles it
// used into the page's <head> as <style data-emotion="portal …"> tags; a cache made with this
// key in the browser adopts those tags instead of inserting the same rules again, so the
// prerendered page is styled before any JavaScript runs and hydration adds nothing twice.
import createCache, { type EmotionCache } from '@emotion/cache';

export const EMOTION_CACHE_KEY = 'portal';

export function createPortalEmotionCache(): EmotionCache {
  return createCache({ key: EMOTION_CACHE_KEY });
}
