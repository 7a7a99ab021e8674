// GET /api/choice-lists: the operator's lists behind the Service level, Pricing tier and
// Customer status pickers. Ids are sent to Net3 as C# ints, so they must fit Int32.
import { z } from 'zod';
import { int32Schema, textSchema } from '../contract/wire-values.ts';
import { requestPortalJson, type PortalRequestOptions } from './request-portal-json.ts';

const choiceListSchema = z.array(z.object({ id: int32Schema('id'), name: textSchema('name') }));

export const choiceListsSchema = z.object({
  serviceLevels: choiceListSchema,
  pricingTiers: choiceListSchema,
  customerStatuses: choiceListSchema,
});

export type ChoiceList = { id: number; name: string }[];
export type ChoiceLists = {
  serviceLevels: ChoiceList;
  pricingTiers: ChoiceList;
  customerStatuses: ChoiceList;
};

export function getChoiceLists(opts: PortalRequestOptions = {}): Promise<ChoiceLists> {
  return requestPortalJson({
    method: 'GET',
    path: '/api/choice-lists',
    responseSchema: choiceListsSchema,
    ...opts,
  });
}
