import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getChoiceLists, type ChoiceLists } from './choice-lists.ts';
import { Net3ApiError } from './net3-api-error.ts';

const choiceLists: ChoiceLists = {
  serviceLevels: [
    { id: 1, name: 'Standard' },
    { id: 2, name: 'Premium' },
  ],
  pricingTiers: [{ id: 2, name: 'Tier 2' }],
  customerStatuses: [{ id: 1, name: 'Active' }],
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function failureOf(promise: Promise<unknown>): Promise<Net3ApiError> {
  const error: unknown = await promise.catch((reason: unknown) => reason);
  expect(error).toBeInstanceOf(Net3ApiError);
  return error as Net3ApiError;
}

describe('getChoiceLists', () => {
  it('reads the three lists from GET /api/choice-lists', async () => {
    server.use(http.get('/api/choice-lists', () => HttpResponse.json(choiceLists)));
    await expect(getChoiceLists()).resolves.toEqual(choiceLists);
  });

  it('drops extra properties of a choice', async () => {
    server.use(
      http.get('/api/choice-lists', () =>
        HttpResponse.json({
          ...choiceLists,
          serviceLevels: [{ id: 1, name: 'Standard', order: 3 }],
        }),
      ),
    );
    const lists = await getChoiceLists();
    expect(lists.serviceLevels).toEqual([{ id: 1, name: 'Standard' }]);
  });

  it.each([
    ['a missing list', { serviceLevels: [], pricingTiers: [] }],
    ['an id written as text', { ...choiceLists, pricingTiers: [{ id: '2', name: 'Tier 2' }] }],
    ['an id beyond Int32', { ...choiceLists, serviceLevels: [{ id: 2 ** 31, name: 'Huge' }] }],
    ['a choice without a name', { ...choiceLists, customerStatuses: [{ id: 1 }] }],
  ])('refuses lists with %s', async (_case, body) => {
    server.use(http.get('/api/choice-lists', () => HttpResponse.json(body)));
    const error = await failureOf(getChoiceLists());
    expect(error).toMatchObject({ kind: 'unexpected', errorCode: 'InvalidResponse' });
  });

  it('refuses an empty body', async () => {
    server.use(http.get('/api/choice-lists', () => new HttpResponse(null, { status: 200 })));
    const error = await failureOf(getChoiceLists());
    expect(error.kind).toBe('unexpected');
  });

  it('reports a server failure as retryable', async () => {
    server.use(http.get('/api/choice-lists', () => HttpResponse.text('oops', { status: 500 })));
    const error = await failureOf(getChoiceLists());
    expect(error).toMatchObject({ status: 500, kind: 'server', retryable: true });
  });
});
