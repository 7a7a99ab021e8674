// Which requests belong to the portal's /api: the portal's server asks this before handing a
// request to the proxy, and the router reads the path the same way.

/** The path part of a request URL, without query string. */
export function pathOfUrl(url: string | undefined): string {
  if (url === undefined) return '';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** True for /api and everything under /api/: the proxy answers these, nothing else does. */
export function isPortalApiPath(url: string | undefined): boolean {
  const path = pathOfUrl(url);
  return path === '/api' || path.startsWith('/api/');
}
