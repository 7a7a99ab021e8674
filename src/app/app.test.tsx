import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from './app.tsx';
import { AppErrorBoundary } from './app-error-boundary.tsx';
import { createTestQueryClient } from './test-render.tsx';

const server = setupServer(
  http.get('/api/choice-lists', () =>
    HttpResponse.json({ serviceLevels: [], pricingTiers: [], customerStatuses: [] }),
  ),
  http.get('/api/auth', () => HttpResponse.json({ userName: 'rep1' })),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function Broken(): never {
  throw new Error('render failed');
}

describe('App', () => {
  it('shows the portal header and the wizard on its first step', () => {
    window.history.replaceState(null, '', '/');
    render(<App queryClient={createTestQueryClient()} />);

    expect(screen.getByRole('banner')).toHaveTextContent('Net3 Customer Portal');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Net3 Customer Portal' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(
      screen.getByRole('heading', { level: 2, name: 'Company' }),
    );
    expect(screen.getByText('Step 1 of 4')).toBeInTheDocument();
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
