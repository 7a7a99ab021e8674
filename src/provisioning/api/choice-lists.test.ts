import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setUpPortalServer } from '../../test/msw-portal-server.ts';
import { failureOf } from '../../test/servicestack-answers.ts';
import { getChoiceLists, type ChoiceLists } from './choice-lists.ts';

const choiceLists: ChoiceLists = {
  serviceLevels: [
    { id: 1, name: 'Standard' },
    { id: 2, name: 'Premium' },
  ],
  pricingTiers: [{ id: 2, name: 'Tier 2' }],
  customerStatuses: [{ id: 1, name: 'Active' }],
};

const { server } = setUpPortalServer();

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
