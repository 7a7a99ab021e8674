// A message box for something the person should know or act on (a failed load, a
// submit problem, an undo notice): a tinted panel with a bar in the severity's colour, an
// optional bold title and an optional action on the right. It replaces MUI's Alert, which
// brought IconButton, SvgIcon, the severity icons and Paper to the first step (~4 kB gzip,
// docs/decisions/003-first-step-bundle.md). role="alert" by default, as MUI's Alert had;
// pass role="status" for polite notices.
import type { ComponentProps, ReactNode } from 'react';
import { styled } from '@mui/material/styles';
import { focusRing, severityTones as tones, type Severity } from '../app/design-tokens.ts';

const AlertRoot = styled('div', {
  shouldForwardProp: (prop) => prop !== 'severity',
})<{ severity: Severity }>(({ theme, severity }) => ({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-start',
  columnGap: 16,
  rowGap: 8,
  padding: '12px 16px',
  borderRadius: theme.shape.borderRadius,
  borderLeft: `4px solid ${tones[severity].bar}`,
  backgroundColor: tones[severity].tint,
  color: tones[severity].text,
  fontSize: '1rem',
  lineHeight: 1.5,
  '&:focus-visible': focusRing(),
}));

const AlertMessage = styled('div')({ flex: '1 1 16rem', minWidth: 0, overflowWrap: 'anywhere' });

const AlertTitle = styled('p')({ margin: '0 0 4px', fontWeight: 700 });

export type PortalAlertProps = Omit<ComponentProps<'div'>, 'title'> & {
  severity: Severity;
  title?: ReactNode;
  action?: ReactNode;
};

export function PortalAlert({
  severity,
  title,
  action,
  children,
  role = 'alert',
  ...divProps
}: PortalAlertProps) {
  return (
    <AlertRoot severity={severity} role={role} {...divProps}>
      <AlertMessage>
        {title && <AlertTitle>{title}</AlertTitle>}
        {children}
      </AlertMessage>
      {action && <div>{action}</div>}
    </AlertRoot>
  );
}
