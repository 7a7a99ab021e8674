// The <fieldset> and <legend> around a group of checkboxes or radios (a contact's Roles,
// "Which is the primary address?"). With an error the group gets the red bar on its left
// that FieldFrame gives a single field. The legend names the group for screen readers.
import { styled } from '@mui/material/styles';

export const ChoiceFieldset = styled('fieldset', {
  shouldForwardProp: (prop) => prop !== 'invalid',
})<{ invalid: boolean }>(({ theme, invalid }) => ({
  minWidth: 0,
  margin: 0,
  padding: 0,
  border: 0,
  ...(invalid && {
    borderLeft: `4px solid ${theme.palette.error.main}`,
    paddingLeft: 12,
    marginLeft: -4,
  }),
}));

export const ChoiceLegend = styled('legend')(({ theme }) => ({
  padding: 0,
  marginBottom: 4,
  color: theme.palette.text.primary,
  fontWeight: 600,
}));
