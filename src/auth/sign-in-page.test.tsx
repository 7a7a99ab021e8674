import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../app/test-render.tsx';
import { SESSION_QUERY_KEY } from '../provisioning/steps/provisioning-queries.ts';
import { SignInPage } from './sign-in-page.tsx';
import { signInNoticeState } from './sign-in-url.ts';

vi.setConfig({ testTimeout: 20_000 });

const identity = {
  userId: '5eeded0de11a4c0fb0a7d3c1e2f40001',
  userName: 'demo.sales',
  displayName: 'Demo Sales',
};
const WRONG = 'The username or password is not right. Check them and try again.';

const signInBodies: unknown[] = [];
const server = setupServer(
  http.post('/api/session', async ({ request }) => {
    const body = (await request.json()) as { password?: string };
    signInBodies.push(body);
    if (body.password !== 'demo-sales-password') {
      return HttpResponse.json(
        { responseStatus: { errorCode: 'Unauthorized', message: WRONG } },
        { status: 401 },
      );
    }
    return HttpResponse.json(identity);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  signInBodies.length = 0;
});
afterAll(() => server.close());
beforeEach(() => window.history.replaceState(null, '', '/sign-in'));

function fields() {
  return {
    userName: screen.getByRole('textbox', { name: 'Username' }),
    // A password input has no role; its label finds it.
    password: screen.getByLabelText('Password') as HTMLInputElement,
    submit: screen.getByRole('button', { name: 'Sign in' }),
  };
}

describe('Sign in page', () => {
  it('asks for a username and a current password with the right autocomplete', () => {
    renderWithProviders(<SignInPage />);

    const { userName, password } = fields();
    expect(screen.getByRole('heading', { level: 2, name: 'Sign in' })).toHaveFocus();
    expect(userName).toHaveAttribute('autocomplete', 'username');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
    expect(password).toHaveAttribute('type', 'password');
    expect(document.title).toBe('Sign in – Net3 Customer Portal');
  });

  it("shows the server's one message for a wrong password and keeps the username", async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignInPage />);
    const { userName, password, submit } = fields();

    await user.type(userName, 'demo.sales');
    await user.type(password, 'not-it');
    await user.click(submit);

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: WRONG })).toHaveAttribute('href', '#password');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(userName).toHaveValue('demo.sales');
    expect(password).toHaveValue('');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(`Error: ${WRONG}`);
    expect(document.title).toBe('Error: Sign in – Net3 Customer Portal');
    expect(window.location.pathname).toBe('/sign-in');
  });

  it('asks for both fields before sending anything', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignInPage />);

    await user.click(fields().submit);

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Enter your username', 'Enter your password']);
    expect(fields().userName).toHaveAttribute('aria-invalid', 'true');
    expect(signInBodies).toEqual([]);
  });

  it('shows how long to wait after too many attempts', async () => {
    const user = userEvent.setup();
    const message =
      'Too many sign-in attempts that did not work from your network. Try again in 15 minutes.';
    server.use(
      http.post('/api/session', () =>
        HttpResponse.json(
          { responseStatus: { errorCode: 'TooManyRequests', message } },
          { status: 429, headers: { 'Retry-After': '900' } },
        ),
      ),
    );
    renderWithProviders(<SignInPage />);

    await user.type(fields().userName, 'demo.sales');
    await user.type(fields().password, 'demo-sales-password');
    await user.click(fields().submit);

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveTextContent(message);
  });

  it('signs in, remembers who signed in, and goes back to the step the person was on', async () => {
    const user = userEvent.setup();
    server.use(
      http.post('/api/session', async () => {
        await delay(30);
        return HttpResponse.json(identity);
      }),
    );
    window.history.replaceState(null, '', '/sign-in?return=review');
    const { queryClient } = renderWithProviders(<SignInPage />);

    await user.type(fields().userName, ' demo.sales ');
    await user.type(fields().password, 'demo-sales-password');
    await user.click(fields().submit);

    expect(fields().submit).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Signing in…')).toBeInTheDocument();
    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(window.location.search).toBe('?step=review');
    expect(queryClient.getQueryData(SESSION_QUERY_KEY)).toMatchObject(identity);
  });

  it('sends the username trimmed and the password exactly as typed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignInPage />);

    await user.type(fields().userName, ' demo.sales ');
    await user.type(fields().password, 'demo-sales-password');
    await user.click(fields().submit);

    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(signInBodies).toEqual([{ userName: 'demo.sales', password: 'demo-sales-password' }]);
  });

  it('shows and hides the password', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignInPage />);

    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(fields().password).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Hide password' }));
    expect(fields().password).toHaveAttribute('type', 'password');
  });

  it('says the person has signed out when sent here by Sign out', () => {
    window.history.replaceState(signInNoticeState('signed-out'), '', '/sign-in');
    renderWithProviders(<SignInPage />);

    expect(screen.getByText('You have signed out.').closest('[role="status"]')).not.toBeNull();
  });
});
