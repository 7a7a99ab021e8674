// GET /api/choice-lists: the operator's lists behind the Service level, Pricing tier and
// Customer status pickers. Ids are sent to Net3 as C# ints, so they must fit Int32.
import { INT32_MAX, INT32_MIN, isInt32 } from '../contract/wire-numbers.ts';
import { InvalidJsonError, readList, readObject, readText } from './read-json.ts';
import { requestPortalJson, type PortalRequestOptions } from './request-portal-json.ts';

export type ChoiceList = { id: number; name: string }[];
export type ChoiceLists = {
  serviceLevels: ChoiceList;
  pricingTiers: ChoiceList;
  customerStatuses: ChoiceList;
};

function readChoiceList(value: unknown, path: string): ChoiceList {
  return readList(value, path).map((item, index) => {
    const choice = readObject(item, `${path}.${index}`);
    if (!isInt32(choice.id)) {
      throw new InvalidJsonError(
        `${path}.${index}.id`,
        `a whole number between ${INT32_MIN} and ${INT32_MAX}`,
      );
    }
    // Anything else a choice carries is dropped.
    return { id: choice.id, name: readText(choice.name, `${path}.${index}.name`) };
  });
}

/** Throws (read-json.ts) unless all three lists are there and every choice is valid. */
export function readChoiceLists(body: unknown): ChoiceLists {
  const lists = readObject(body, 'choice lists');
  return {
    serviceLevels: readChoiceList(lists.serviceLevels, 'serviceLevels'),
    pricingTiers: readChoiceList(lists.pricingTiers, 'pricingTiers'),
    customerStatuses: readChoiceList(lists.customerStatuses, 'customerStatuses'),
  };
}

export function getChoiceLists(opts: PortalRequestOptions = {}): Promise<ChoiceLists> {
  return requestPortalJson({
    method: 'GET',
    path: '/api/choice-lists',
    readResponse: readChoiceLists,
    ...opts,
  });
}
