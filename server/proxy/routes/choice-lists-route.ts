// GET /api/choice-lists: the service levels, pricing tiers and customer statuses the wizard
// offers, read from the operator's file on every request (choice-lists.ts), so an edit shows up
// without a restart. A broken file is a 500 that names it.
import { ChoiceListsFileError, readChoiceLists } from '../choice-lists.ts';
import type { ProxyRoute } from '../route-context.ts';
import { sendJson, sendServiceStackError } from '../servicestack-error.ts';

export const choiceListsRoute: ProxyRoute = {
  method: 'GET',
  path: '/api/choice-lists',
  answer({ options, log }, _req, res) {
    const { choiceListsFile } = options;
    readChoiceLists(choiceListsFile).then(
      (lists) => sendJson(res, 200, lists),
      (error: unknown) => {
        const message =
          error instanceof ChoiceListsFileError
            ? error.message
            : `The choice lists file ${choiceListsFile} could not be read.`;
        log(message);
        sendServiceStackError(res, 500, 'ChoiceListsFileInvalid', message);
      },
    );
  },
};
