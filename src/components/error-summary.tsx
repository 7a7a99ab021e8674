// GOV.UK-style error summary: "There is a problem" and a link to each problem. The
// container can take focus (tabIndex -1): the wizard moves focus to it after a failed
// Next or submit, so keyboard and screen-reader users land on it. Each link moves focus
// to its field (setFocus, falling back to the element with the link's id).
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';

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
    <Alert
      id={id}
      severity="error"
      variant="outlined"
      icon={false}
      tabIndex={-1}
      aria-labelledby={titleId}
      sx={{
        mb: 3,
        borderWidth: 3,
        bgcolor: 'background.paper',
        color: 'text.primary',
        fontSize: '1rem',
        '&:focus': { outline: '3px solid #ffbf47', outlineOffset: 0 },
      }}
    >
      <AlertTitle id={titleId} component="h2" sx={{ fontSize: '1.25rem', fontWeight: 700 }}>
        {title}
      </AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: '1.25rem', '& > li + li': { mt: 1 } }}>
        {items.map((item) => (
          <li key={item.key}>
            {item.targetId ? (
              <Link
                href={`#${item.targetId}`}
                color="error"
                // At least 24px tall with room around it (WCAG 2.5.8 target size).
                sx={{
                  fontWeight: 600,
                  overflowWrap: 'anywhere',
                  display: 'block',
                  lineHeight: '24px',
                }}
                onClick={(event) => {
                  event.preventDefault();
                  goTo(item);
                }}
              >
                {item.message}
              </Link>
            ) : (
              <span style={{ overflowWrap: 'anywhere' }}>{item.message}</span>
            )}
          </li>
        ))}
      </Box>
    </Alert>
  );
}
