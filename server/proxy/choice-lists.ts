// The operator's choice lists (service levels, pricing tiers, customer statuses) behind
// GET /api/choice-lists. Net3 publishes no endpoint for them, so the operator keeps them in a
// JSON file; it is read on every request so an edit takes effect without a restart.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const choiceListSchema = z
  .array(
    z.object({
      // The ids are Net3's Int32 keys (serviceLevelId, typePricingTierId, typeCustomerStatusId);
      // 0 would be read by Net3 as "not set".
      id: z.number().int().min(1).max(2_147_483_647),
      name: z.string().trim().min(1, { message: 'must not be empty' }),
    }),
  )
  .min(1, { message: 'must list at least one choice' })
  .superRefine((choices, ctx) => {
    const seen = new Set<number>();
    choices.forEach((choice, index) => {
      if (seen.has(choice.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `repeats id ${choice.id}; each id must appear once`,
        });
      }
      seen.add(choice.id);
    });
  });

export const choiceListsSchema = z.object({
  serviceLevels: choiceListSchema,
  pricingTiers: choiceListSchema,
  customerStatuses: choiceListSchema,
});

export type ChoiceLists = z.infer<typeof choiceListsSchema>;

/** Thrown when the file is missing, not JSON or not the expected shape; the message names the file. */
export class ChoiceListsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChoiceListsFileError';
  }
}

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

export async function readChoiceLists(file: string): Promise<ChoiceLists> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    const why = code === 'ENOENT' ? 'it does not exist' : `reading it failed (${code})`;
    throw new ChoiceListsFileError(
      `The choice lists file ${file} cannot be read: ${why}. Restore it or point CHOICE_LISTS_FILE at the right file.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ChoiceListsFileError(
      `The choice lists file ${file} is not valid JSON (${(error as Error).message}). Fix the file; no restart is needed.`,
    );
  }
  const result = choiceListsSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${describePath(issue.path) || 'the file'}: ${issue.message}`)
      .join('; ');
    throw new ChoiceListsFileError(
      `The choice lists file ${file} is not valid: ${problems}. It must hold { serviceLevels, pricingTiers, customerStatuses }, each a list of { "id": number, "name": text }. Fix the file; no restart is needed.`,
    );
  }
  return result.data;
}
