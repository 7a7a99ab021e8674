// The ids of one form field, derived from its react-hook-form path
// ('contacts.1.email' -> 'contacts-1-email'), so the error summary can link to
// `#contacts-1-email` and the input carries the same id; and the one rule for which of its
// messages describe it (aria-describedby), shared by every field on every page.
import type { ReactNode } from 'react';

export function fieldId(path: string): string {
  return path.replace(/[.[\]]+/g, '-').replace(/-+$/, '');
}

export function hintId(id: string): string {
  return `${id}-hint`;
}

export function errorId(id: string): string {
  return `${id}-error`;
}

/**
 * aria-describedby for field `id`: the hint's id when it has a hint, then the error's id
 * when it has an error (GOV.UK's order, the order they are shown in); undefined when
 * neither, so no empty attribute is written.
 */
export function describedBy(
  id: string,
  hint: ReactNode,
  error: string | undefined,
): string | undefined {
  const ids = [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
