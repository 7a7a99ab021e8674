// The behaviour the Addresses and Contacts steps share: add an item (focus moves to its
// first input), remove one with a notice that offers Undo, and put it back where it was.
// Items are keyed by useFieldArray's field.id, never by index, so removing "Address 1"
// leaves the record that was "Address 2" intact under the new number. What differs per
// list (the new item, what the notice says, what Undo restores besides the item) is passed in.
import { useCallback, useState } from 'react';
import { useFieldArray, type FieldArray, type Path, type UseFormReturn } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';

export type ListName = 'addresses' | 'contacts';
export type ListItem<Name extends ListName> = ProvisionCustomerForm[Name][number];

type Form = UseFormReturn<ProvisionCustomerForm>;
/** What describeRemoval may read and set to fix up the items left. */
export type FormValues = Pick<Form, 'getValues' | 'setValue'>;

/** The last removal, for the notice; key renews the notice (and its focus) on each removal. */
export type Removal<Name extends ListName> = {
  item: ListItem<Name>;
  index: number;
  message: string;
  key: number;
};

type RemovableListOptions<Name extends ListName> = {
  form: Form;
  name: Name;
  /** The item's first input: it takes focus when an item is added or put back. */
  firstField: keyof ListItem<Name> & string;
  /** The item Add appends, given the items there are. */
  newItem: (items: ListItem<Name>[]) => ListItem<Name>;
  /**
   * What the removal notice says. Called once the item has gone, so it may also fix up the
   * items left. Must be stable (a module function): every item's Remove button uses it.
   */
  describeRemoval: (removed: ListItem<Name>, index: number, form: FormValues) => string;
  /** After Undo has put an item back at index, if anything else must follow. */
  onRestored?: (restored: ListItem<Name>, index: number) => void;
};

export function useRemovableList<Name extends ListName>({
  form,
  name,
  firstField,
  newItem,
  describeRemoval,
  onRestored,
}: RemovableListOptions<Name>) {
  const { control, getValues, setValue } = form;
  const { fields, append, remove, insert } = useFieldArray({ control, name });
  const [removal, setRemoval] = useState<Removal<Name> | null>(null);
  const items = useCallback(() => getValues(name) as ListItem<Name>[], [getValues, name]);
  const firstInput = (index: number) =>
    `${name}.${index}.${firstField}` as Path<ProvisionCustomerForm>;

  const removeItem = useCallback(
    (index: number) => {
      const item = items()[index];
      if (item === undefined) return;
      remove(index);
      const message = describeRemoval(item, index, { getValues, setValue });
      setRemoval((previous) => ({ item, index, message, key: (previous?.key ?? 0) + 1 }));
    },
    [items, remove, describeRemoval, getValues, setValue],
  );

  const undoRemoval = () => {
    if (!removal) return;
    insert(removal.index, removal.item as FieldArray<ProvisionCustomerForm, Name>, {
      focusName: firstInput(removal.index),
    });
    onRestored?.(removal.item, removal.index);
    setRemoval(null);
  };

  const addItem = () => {
    append(newItem(items()) as FieldArray<ProvisionCustomerForm, Name>, {
      focusName: firstInput(fields.length),
    });
  };

  return { fields, addItem, removeItem, removal, undoRemoval };
}
