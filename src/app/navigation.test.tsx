import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { navigate, normalisePathname, usePathname } from './navigation.ts';

function ShowPathname() {
  return <p>{usePathname()}</p>;
}

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('navigation', () => {
  it('re-renders with the new path after navigate and after Back', async () => {
    render(<ShowPathname />);
    expect(screen.getByText('/')).toBeInTheDocument();

    act(() => navigate('/sign-in?return=review', { state: { note: 1 } }));
    expect(screen.getByText('/sign-in')).toBeInTheDocument();
    expect(window.location.search).toBe('?return=review');
    expect(window.history.state).toEqual({ note: 1 });

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(screen.getByText('/')).toBeInTheDocument();
  });

  it('replaces the current entry for a redirect', () => {
    const length = window.history.length;
    navigate('/sign-in', { replace: true });
    expect(window.history.length).toBe(length);
    expect(window.location.pathname).toBe('/sign-in');
  });

  it('treats a trailing slash as the same page', () => {
    expect(normalisePathname('/signup/')).toBe('/signup');
    expect(normalisePathname('/')).toBe('/');
    expect(normalisePathname('')).toBe('/');
  });
});
