// GOV.UK-style error summary: "There is a problem" and a link to each problem. The
// container can take focus (tabIndex -1): the wizard moves focus to it after a failed
// Next or submit, so keyboard and screen-reader users land on it. Each link moves focus
// to its field (setFocus, falling back to the element with the link's id).
import { styled } from '@mui/material/styles';
import { focusRing } from '../app/design-tokens.ts';

// Plain styled elements rather than MUI's Alert and Link: those brought IconButton, SvgIcon
// and the ripple machinery to the first step (docs/decisions/003-first-step-bundle.md).
const SummaryBox = styled('div')(({ theme }) => ({
  marginBottom: 24,
  padding: '16px 20px',
  border: `3px solid ${theme.palette.error.main}`,
  borderRadius: theme.shape.borderRadius,
  backgroundColor: theme.palette.background.paper,
  color: theme.palette.text.primary,
  fontSize: '1rem',
  lineHeight: 1.5,
  // :focus, not :focus-visible: the wizard focuses the summary from script after a click.
  '&:focus': focusRing(),
}));

const SummaryTitle = styled('h2')({ margin: '0 0 8px', fontSize: '1.25rem', fontWeight: 700 });

const SummaryList = styled('ul')({
  margin: 0,
  paddingLeft: '1.25rem',
  '& > li + li': { marginTop: 8 },
});

// At least 24px tall with room around it (WCAG 2.5.8 target size).
const SummaryLink = styled('a')(({ theme }) => ({
  display: 'block',
  lineHeight: '24px',
  fontWeight: 600,
  overflowWrap: 'anywhere',
  color: theme.palette.error.main,
  textDecoration: 'underline',
  textUnderlineOffset: 3,
  '&:hover': { textDecorationThickness: 3 },
  '&:focus-visible': focusRing(),
}));

export type ErrorSummaryItem = {
  /** Stable key for React, e.g. the form path. */
  key: string;
  message: string;
  /** Element id the link points at (`#id`); undefined for a problem with no field. */
  targetId?: string;
  /** Moves focus to the field, e.g. react-hook-form's setFocus(path). */
  focus?: () => void;
};

type ErrorSummaryProps = {
  id: string;
  items: readonly ErrorSummaryItem[];
  title?: string;
};

function goTo(item: ErrorSummaryItem) {
  const target = item.targetId ? document.getElementById(item.targetId) : null;
  item.focus?.();
  if (target && document.activeElement !== target) target.focus();
  target?.scrollIntoView?.({ block: 'center' });
}

export function ErrorSummary({ id, items, title = 'There is a problem' }: ErrorSummaryProps) {
  const titleId = `${id}-title`;
  return (
    <SummaryBox id={id} role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <SummaryTitle id={titleId}>{title}</SummaryTitle>
      <SummaryList>
        {items.map((item) => (
          <li key={item.key}>
            {item.targetId ? (
              <SummaryLink
                href={`#${item.targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  goTo(item);
                }}
              >
                {item.message}
              </SummaryLink>
            ) : (
              <span style={{ overflowWrap: 'anywhere' }}>{item.message}</span>
            )}
          </li>
        ))}
      </SummaryList>
    </SummaryBox>
  );
}
