// The portal's one button: a native <button> styled from the theme. It replaces MUI's
// Button, whose ButtonBase, ripple and transitions cost ~7 kB gzip on the first step
// (docs/decisions/003-first-step-bundle.md) for effects the portal does not want.
// Variants as the app uses them: contained (the step's main action), outlined (secondary),
// text (quiet); colours primary, error (destructive) and inherit (inside a coloured area).
// At least 44 × 44 px (WCAG 2.5.8), a clear focus-visible ring, and aria-disabled/aria-busy
// look disabled while staying focusable.
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { styled } from '@mui/material/styles';
import { colours, focusRing } from '../app/design-tokens.ts';

export type PortalButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'contained' | 'outlined' | 'text';
  color?: 'primary' | 'error' | 'inherit';
  size?: 'small' | 'medium' | 'large';
  /** Shown before the label, e.g. a BusySpinner while the action runs. */
  startIcon?: ReactNode;
};

type StyleProps = Required<Pick<PortalButtonProps, 'variant' | 'color' | 'size'>>;

const styleProps = new Set(['variant', 'color', 'size']);

const ButtonRoot = styled('button', {
  shouldForwardProp: (prop) => !styleProps.has(prop as string),
})<StyleProps>(({ theme, variant, color, size }) => {
  const main = color === 'inherit' ? 'currentColor' : theme.palette[color].main;
  const dark = color === 'inherit' ? 'currentColor' : theme.palette[color].dark;
  const contrast =
    color === 'inherit' ? theme.palette.background.paper : theme.palette[color].contrastText;
  const paddingX = variant === 'text' ? 8 : size === 'large' ? 22 : size === 'small' ? 10 : 16;
  return {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: 8,
    boxSizing: 'border-box',
    minWidth: 44,
    minHeight: 44,
    margin: 0,
    padding: `${size === 'large' ? 8 : 6}px ${paddingX}px`,
    borderRadius: theme.shape.borderRadius,
    border: '1px solid transparent',
    font: 'inherit',
    fontWeight: 600,
    fontSize: size === 'small' ? '0.9375rem' : size === 'large' ? '1.0625rem' : '1rem',
    lineHeight: 1.5,
    textAlign: 'center',
    textDecoration: 'none',
    cursor: 'pointer',
    userSelect: 'none',
    WebkitTapHighlightColor: 'transparent',
    transition: 'background-color 150ms, border-color 150ms, color 150ms',
    ...(variant === 'contained' && {
      backgroundColor: main,
      color: contrast,
      '&:hover': { backgroundColor: dark },
    }),
    ...(variant === 'outlined' && {
      backgroundColor: 'transparent',
      color: main,
      borderColor: main,
      '&:hover': { backgroundColor: theme.palette.action.hover },
    }),
    ...(variant === 'text' && {
      backgroundColor: 'transparent',
      color: main,
      '&:hover': { backgroundColor: theme.palette.action.hover, textDecoration: 'underline' },
    }),
    '&:focus-visible': focusRing(color === 'inherit' ? 'currentColor' : undefined),
    '&:disabled, &[aria-disabled="true"]': {
      cursor: 'default',
      color: theme.palette.text.secondary,
      backgroundColor: variant === 'contained' ? colours.disabledFill : 'transparent',
      borderColor: variant === 'outlined' ? colours.disabledBorder : 'transparent',
      textDecoration: 'none',
    },
    '&[aria-busy="true"]': { cursor: 'progress' },
  };
});

export function PortalButton({
  variant = 'text',
  color = 'primary',
  size = 'medium',
  type = 'button',
  startIcon,
  children,
  ...buttonProps
}: PortalButtonProps) {
  return (
    <ButtonRoot type={type} variant={variant} color={color} size={size} {...buttonProps}>
      {startIcon}
      {children}
    </ButtonRoot>
  );
}
