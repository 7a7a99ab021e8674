// Text for screen readers only, e.g. Change{' '}<VisuallyHidden>company details</VisuallyHidden>
// (the space outside the span, so every browser and test library keeps it).
// The `.visually-hidden` class is defined once in app-global-styles.tsx.
import type { ReactNode } from 'react';

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
