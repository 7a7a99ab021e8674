// The portal's link style: primary colour, always underlined, a clear focus ring. A
// styled <a> instead of MUI's Link, which carried Typography variants and focus-visible
// tracking the portal does not need (docs/decisions/003-first-step-bundle.md).
import { styled } from '@mui/material/styles';
import { focusRing } from '../app/design-tokens.ts';

export const PortalLink = styled('a')(({ theme }) => ({
  color: theme.palette.primary.main,
  textDecoration: 'underline',
  textUnderlineOffset: 3,
  '&:hover': { textDecorationThickness: 3 },
  '&:focus-visible': focusRing(),
}));
