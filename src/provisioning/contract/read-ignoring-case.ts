// ServiceStack (and so Net3) matches JSON property names ignoring case; whoever reads what a
// browser or Net3 wrote must do the same.

/** The value of `name` in any letter case; of several spellings the last wins, as in Net3. */
export function readIgnoringCase(object: Record<string, unknown>, name: string): unknown {
  const wanted = name.toLowerCase();
  let found: unknown;
  for (const key of Object.keys(object)) {
    if (key.toLowerCase() === wanted) found = object[key];
  }
  return found;
}
