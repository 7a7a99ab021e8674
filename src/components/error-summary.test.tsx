import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from './error-summary.tsx';

describe('ErrorSummary', () => {
  it('titles the problems "There is a problem" and can take focus', () => {
    render(
      <ErrorSummary
        id="error-summary"
        items={[{ key: 'a', message: 'Enter the city', targetId: 'city' }]}
      />,
    );

    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveAttribute('tabindex', '-1');
    expect(
      within(summary).getByRole('heading', { level: 2, name: 'There is a problem' }),
    ).toBeInTheDocument();
  });

  it('links each problem to its field and focuses it with the given focus function', async () => {
    const user = userEvent.setup();
    const focus = vi.fn(() => document.getElementById('city')?.focus());
    render(
      <>
        <ErrorSummary
          id="error-summary"
          items={[{ key: 'city', message: 'Enter the city', targetId: 'city', focus }]}
        />
        <input id="city" aria-label="City" />
      </>,
    );

    const link = screen.getByRole('link', { name: 'Enter the city' });
    expect(link).toHaveAttribute('href', '#city');
    await user.click(link);

    expect(focus).toHaveBeenCalledOnce();
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveFocus();
  });

  it('falls back to the element with the link target id when the focus function cannot focus', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary
          id="error-summary"
          items={[
            {
              key: 'list',
              message: 'Add at least one address',
              targetId: 'list',
              focus: () => undefined,
            },
          ]}
        />
        <div id="list" tabIndex={-1}>
          Addresses
        </div>
      </>,
    );

    await user.click(screen.getByRole('link', { name: 'Add at least one address' }));

    expect(screen.getByText('Addresses')).toHaveFocus();
  });

  it('lists a problem with no field as plain text', () => {
    render(
      <ErrorSummary
        id="error-summary"
        items={[{ key: 'server', message: "'Requester IP' is not valid." }]}
      />,
    );

    expect(screen.getByText("'Requester IP' is not valid.")).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
