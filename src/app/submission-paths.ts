// Where the ledger's pages are: /submissions and /submissions/<id>.
export const SUBMISSIONS_PATH = '/submissions';

export function submissionPath(id: string): string {
  return `${SUBMISSIONS_PATH}/${encodeURIComponent(id)}`;
}

/** The id in /submissions/<id>, or null for any other path. */
export function submissionIdOf(pathname: string): string | null {
  const prefix = `${SUBMISSIONS_PATH}/`;
  if (!pathname.startsWith(prefix)) return null;
  const rest = pathname.slice(prefix.length);
  if (rest === '' || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}
