// Step 3, Contacts: one or more people at the customer, each with roles. Exactly one is
// the Primary contact (a list rule shown above the list). Adding, removing with Undo and
// keying items by field.id: use-removable-list.ts. The portal never chooses roles for the
// person: only the first contact of a new form starts as Primary (form-defaults.ts); an
// added contact starts with none, even when no one is Primary yet.
import { memo } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ContactForm, ProvisionCustomerForm } from '../form/form-model.ts';
import { emptyContact } from '../form/form-defaults.ts';
import { ContactFieldset } from './contact-fieldset.tsx';
import { ListStepFrame } from './list-step-frame.tsx';
import { useRemovableList } from './use-removable-list.ts';
import type { WizardAudienceId } from '../audience/audience-description.ts';
import { describeAudience } from '../audience/describe-audience.ts';

type ContactsStepProps = {
  form: UseFormReturn<ProvisionCustomerForm>;
  audience?: WizardAudienceId;
};

const isPrimary = (contact: ContactForm) => contact.roles.includes('Primary');

const newContact = () => emptyContact();

function describeRemoval(contact: ContactForm, index: number): string {
  const message = `Contact ${index + 1} removed.`;
  if (!isPrimary(contact)) return message;
  return `${message} It was the Primary contact: give another contact the Primary role.`;
}

export const ContactsStep = memo(function ContactsStep({
  form,
  audience = 'staff',
}: ContactsStepProps) {
  const { control, setValue } = form;
  const { wording } = describeAudience(audience);
  const { fields, addItem, removeItem, removal, undoRemoval } = useRemovableList({
    form,
    name: 'contacts',
    firstField: 'firstName',
    newItem: newContact,
    describeRemoval,
  });

  return (
    <ListStepFrame
      control={control}
      name="contacts"
      intro={wording.contactsIntro}
      removal={removal}
      onUndo={undoRemoval}
      addLabel="Add contact"
      onAdd={addItem}
    >
      {fields.map((field, index) => (
        <ContactFieldset
          key={field.id}
          control={control}
          setValue={setValue}
          index={index}
          canRemove={fields.length > 1}
          onRemove={removeItem}
          roleHints={wording.contactRoleHints}
        />
      ))}
    </ListStepFrame>
  );
});
