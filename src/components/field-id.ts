// One id per form field, derived from its react-hook-form path
// ('contacts.1.email' -> 'contacts-1-email'), so the error summary can link to
// `#contacts-1-email` and the input carries the same id.
export function fieldId(path: string): string {
  return path.replace(/[.[\]]+/g, '-').replace(/-+$/, '');
}
