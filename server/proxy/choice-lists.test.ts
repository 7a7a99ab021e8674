// The operator's choice lists file: the shipped default is valid, and a broken file is
// reported with its name and what is wrong.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChoiceListsFileError, readChoiceLists } from './choice-lists.ts';

const shippedFile = path.resolve(import.meta.dirname, '../../config/choice-lists.json');

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'choice-lists-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function fileWith(text: string): Promise<string> {
  const file = path.join(folder, 'choice-lists.json');
  await writeFile(file, text);
  return file;
}

const valid = {
  serviceLevels: [{ id: 1, name: 'Essential' }],
  pricingTiers: [{ id: 1, name: 'List price' }],
  customerStatuses: [{ id: 1, name: 'Active' }],
};

describe('readChoiceLists', () => {
  it('reads the shipped default file', async () => {
    const lists = await readChoiceLists(shippedFile);

    expect(lists.serviceLevels.map((choice) => choice.name)).toEqual([
      'Essential',
      'Standard',
      'Premium',
      'Enterprise',
    ]);
    expect(lists.pricingTiers.map((choice) => choice.name)).toEqual([
      'List price',
      'Partner',
      'Volume',
      'Enterprise agreement',
    ]);
    expect(lists.customerStatuses.map((choice) => choice.name)).toEqual([
      'Active',
      'Pending review',
      'Trial',
      'Suspended',
    ]);
  });

  it('names a missing file', async () => {
    const missing = path.join(folder, 'nope.json');

    await expect(readChoiceLists(missing)).rejects.toThrow(
      new ChoiceListsFileError(
        `The choice lists file ${missing} cannot be read: it does not exist. Restore it or point CHOICE_LISTS_FILE at the right file.`,
      ),
    );
  });

  it('names a file that is not JSON', async () => {
    const file = await fileWith('serviceLevels: 1');

    await expect(readChoiceLists(file)).rejects.toThrow(
      `The choice lists file ${file} is not valid JSON`,
    );
  });

  it.each([
    ['a missing list', { ...valid, pricingTiers: undefined }, 'pricingTiers'],
    [
      'an empty list',
      { ...valid, pricingTiers: [] },
      'pricingTiers: must list at least one choice',
    ],
    [
      'an empty name',
      { ...valid, serviceLevels: [{ id: 1, name: ' ' }] },
      'serviceLevels[0].name: must not be empty',
    ],
    [
      'a text id',
      { ...valid, customerStatuses: [{ id: '1', name: 'Active' }] },
      'customerStatuses[0].id',
    ],
    [
      'an id of 0',
      { ...valid, customerStatuses: [{ id: 0, name: 'Active' }] },
      'customerStatuses[0].id',
    ],
    [
      'a repeated id',
      {
        ...valid,
        serviceLevels: [
          { id: 1, name: 'A' },
          { id: 1, name: 'B' },
        ],
      },
      'serviceLevels[1].id: repeats id 1',
    ],
  ])('names the file and the problem for %s', async (_name, content, problem) => {
    const file = await fileWith(JSON.stringify(content));

    const error = await readChoiceLists(file).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ChoiceListsFileError);
    expect((error as Error).message).toContain(`The choice lists file ${file} is not valid: `);
    expect((error as Error).message).toContain(problem);
  });
});
