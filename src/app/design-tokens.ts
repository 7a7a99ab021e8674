// The portal's design tokens: every colour and the one focus ring, defined once. theme.ts
// builds MUI's palette from them (so `sx` names like 'primary.main' and theme.palette are
// these colours); the portal's own components read what MUI's palette has no slot for (the
// borders by purpose, the focus ring, the alert tones, the disabled look) from here, which
// also works where no ThemeProvider is mounted. No other module in src/ spells a colour. Contrast ratios are on white
// unless said otherwise; WCAG 2.2 AA asks 4.5:1 for text and 3:1 for borders and rings.
export const colours = {
  /** Header, buttons, links, focus rings: 8.1:1, and white on it the same. */
  primary: '#1d4f91',
  /** Errors (MUI's default red is 4.98:1): 6.5:1. */
  error: '#b3261e',
  /** A warning's bar: 5.0:1. */
  warning: '#b45309',
  /** Success bars and banners: 5.1:1. */
  success: '#2e7d32',
  text: '#1b1f24',
  /** Hints and secondary text: 7.9:1, 7.3:1 on the page background. */
  textSecondary: '#4a5260',
  /** The page behind the panels. */
  page: '#f4f6f9',
  /** Panels, inputs, the error summary. */
  surface: '#ffffff',
  /** Borders a person must see to use a control (inputs, step circles): 4.8:1. */
  controlBorder: '#6b7280',
  /** The border round one item of a list ("Address 2"): 3.1:1. */
  groupBorder: '#8a93a3',
  /** Decorative lines that carry no meaning on their own (the progress connector). */
  decorativeLine: '#b8bec8',
  /** Panel outlines and rules between sections (MUI's default divider). */
  divider: 'rgba(0, 0, 0, 0.12)',
  /** The tint under a text or outlined button on hover (MUI's default). */
  hoverTint: 'rgba(0, 0, 0, 0.04)',
  /** A disabled button: its text stays textSecondary (6.3:1 on this fill). */
  disabledFill: '#e3e6eb',
  disabledBorder: '#9aa1ab',
} as const;

export type Severity = 'error' | 'warning' | 'info' | 'success';

/** A message box per severity: text on tint at least 7:1, the bar at least 3:1. */
export const severityTones: Record<Severity, { text: string; tint: string; bar: string }> = {
  error: { text: '#5f2120', tint: '#fdeded', bar: colours.error },
  warning: { text: '#663c00', tint: '#fff4e5', bar: colours.warning },
  info: { text: '#0b3a5c', tint: '#e8f1fb', bar: colours.primary },
  success: { text: '#1e4620', tint: '#edf7ed', bar: colours.success },
};

/**
 * The one keyboard focus ring: 3px of primary, 2px off the element. `colour` lets a control
 * that sits on a coloured area ring itself in its own text colour (`currentColor`).
 */
export function focusRing(colour: string = colours.primary) {
  return { outline: `3px solid ${colour}`, outlineOffset: 2 } as const;
}
