import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { saveDraft, setDraftOwner } from '../provisioning/form/draft-storage.ts';
import { exampleProvisionCustomerForm } from '../provisioning/form/example-form.ts';
import { defaultProvisionCustomerForm } from '../provisioning/form/form-defaults.ts';
import { App } from './app.tsx';
import { AppErrorBoundary } from './app-error-boundary.tsx';
import { createTestQueryClient } from './test-render.tsx';

// Rendering the lazy pages and typing with user-event is slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const session = {
  userId: '5eeded0de11a4c0fb0a7d3c1e2f40001',
  userName: 'demo.sales',
  displayName: 'Demo Sales',
  email: 'demo.sales@net3.example',
};
const notSignedIn = () =>
  HttpResponse.json(
    { responseStatus: { errorCode: 'NotSignedIn', message: 'You are not signed in.' } },
    { status: 401 },
  );

const requests: string[] = [];
const server = setupServer(
  http.get('/api/choice-lists', () =>
    HttpResponse.json({ serviceLevels: [], pricingTiers: [], customerStatuses: [] }),
  ),
  http.get('/api/auth', () => HttpResponse.json(session)),
  http.delete('/api/session', () => new HttpResponse(null, { status: 204 })),
  http.delete('/api/sessions', () => new HttpResponse(null, { status: 204 })),
  http.get('/api/draft', () => HttpResponse.json({ draft: null })),
  http.put('/api/draft', () => HttpResponse.json({ savedAt: Date.now(), kept: true })),
);
server.events.on('request:start', ({ request }) => {
  requests.push(`${request.method} ${new URL(request.url).pathname}`);
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

function renderAppAt(url: string) {
  window.history.replaceState(null, '', url);
  return render(<App queryClient={createTestQueryClient()} />);
}

function Broken(): never {
  throw new Error('render failed');
}

describe('App', () => {
  it('shows the wizard on its first step to a signed-in staff member, with who is signed in', async () => {
    renderAppAt('/');

    expect(screen.getByRole('banner')).toHaveTextContent('Net3 Customer Portal');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Net3 Customer Portal' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Checking your sign-in…');
    expect(
      await within(screen.getByRole('main')).findByRole('heading', { level: 2, name: 'Company' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 4')).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText(/Signed in as/)).toHaveTextContent(
      'Signed in as Demo Sales',
    );
  });

  it('sends a person without a session to Sign in, remembering the step', async () => {
    server.use(http.get('/api/auth', notSignedIn));
    saveDraft(exampleProvisionCustomerForm(), 'contacts');
    renderAppAt('/?step=contacts');

    expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/sign-in');
    expect(window.location.search).toBe('?return=contacts');
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('signs out, keeps the draft on the server, clears it from the browser and says so', async () => {
    const user = userEvent.setup();
    setDraftOwner('demo.sales');
    saveDraft(exampleProvisionCustomerForm(), 'company');
    localStorage.setItem('net3-portal:provision-draft:v1:demo.sales', '{}');
    renderAppAt('/');
    // The visible note and its polite announcement (the server-draft code loads lazily).
    expect(await screen.findAllByText(/Draft restored from/, {}, { timeout: 5_000 })).toHaveLength(
      2,
    );

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/sign-in');
    expect(screen.getByText(/You have signed out/)).toHaveTextContent(
      'Your unfinished customer is kept for you',
    );
    expect(requests).toContain('DELETE /api/session');
    // The draft reached the server before the session ended, and nothing of it stays here.
    expect(requests.indexOf('PUT /api/draft')).toBeLessThan(
      requests.indexOf('DELETE /api/session'),
    );
    const inBrowser = [...Object.keys(sessionStorage), ...Object.keys(localStorage)];
    expect(inBrowser.filter((key) => key.startsWith('net3-portal:provision-draft'))).toEqual([]);
    expect(screen.queryByText(/Signed in as/)).not.toBeInTheDocument();
  });

  it('signs out everywhere: ends every session of the person and says so', async () => {
    const user = userEvent.setup();
    renderAppAt('/');

    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeInTheDocument();
    expect(
      screen.getByText(/You have signed out on every browser and device you used/),
    ).toBeVisible();
    expect(requests).toContain('DELETE /api/sessions');
    expect(requests).not.toContain('DELETE /api/session');
    expect(screen.queryByText(/Signed in as/)).not.toBeInTheDocument();
  });

  it("restores the person's server draft over a newer tab draft that holds no answers", async () => {
    const serverForm = exampleProvisionCustomerForm();
    server.use(
      http.get('/api/draft', () =>
        HttpResponse.json({
          draft: { form: serverForm, step: 'company', savedAt: Date.now() - 60_000 },
        }),
      ),
    );
    setDraftOwner('demo.sales');
    // What the wizard saves by itself just after opening, newer than the server's draft:
    // "Created by" from the session and nothing typed.
    saveDraft({ ...defaultProvisionCustomerForm(), createdBy: serverForm.createdBy }, 'company');
    renderAppAt('/');

    expect(
      await screen.findByDisplayValue(serverForm.customer.customerName, {}, { timeout: 5_000 }),
    ).toBeInTheDocument();
  });

  it('says when signing out did not work, and stays signed in', async () => {
    const user = userEvent.setup();
    server.use(http.delete('/api/session', () => HttpResponse.error()));
    renderAppAt('/');

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Signing out did not work');
    expect(window.location.pathname).toBe('/');
  });

  it('shows the public reseller signup without asking who is signed in', async () => {
    renderAppAt('/signup');

    expect(
      screen.getByRole('heading', { level: 1, name: 'Net3 reseller signup' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Company' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(requests).not.toContain('GET /api/auth');
    expect(requests).not.toContain('GET /api/choice-lists');
  });

  it('says a page does not exist instead of showing a blank page', async () => {
    renderAppAt('/customers/17');

    // The page loads on demand (it is not part of the first step's JavaScript).
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign up as a reseller' })).toHaveAttribute(
      'href',
      '/signup',
    );
  });

  it('shows a way to reload instead of a blank page when rendering fails', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );

    expect(screen.getByText('Something went wrong')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    vi.mocked(console.error).mockRestore();
  });
});

describe('the session check', () => {
  it('offers Retry when the portal cannot be reached, instead of asking to sign in', async () => {
    const user = userEvent.setup();
    server.use(http.get('/api/auth', () => HttpResponse.error()));
    renderAppAt('/');

    const problem = await screen.findByText(/Your sign-in could not be checked/, undefined, {
      timeout: 5000,
    });
    expect(window.location.pathname).toBe('/');
    server.resetHandlers();
    await user.click(
      within(problem.closest('[role="alert"]')!).getByRole('button', { name: 'Retry' }),
    );

    expect(await screen.findByRole('heading', { level: 2, name: 'Company' })).toBeInTheDocument();
  });
});
