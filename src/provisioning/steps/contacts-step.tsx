// Step 3, Contacts: one or more people at the customer, each with roles. Exactly one is
// the Primary contact (a list rule shown above the list). Items are keyed by field.id;
// removal offers Undo.
import { memo, useCallback, useState } from 'react';
import Box from '@mui/material/Box';
import { PortalButton } from '../../components/portal-button.tsx';
import { Column } from '../../components/column.tsx';
import Typography from '@mui/material/Typography';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { ContactForm, ProvisionCustomerForm } from '../form/form-model.ts';
import { emptyContact } from '../form/form-defaults.ts';
import { ContactFieldset } from './contact-fieldset.tsx';
import { ListErrorMessage } from './list-error-message.tsx';
import { RemovalNotice } from './removal-notice.tsx';
import type { WizardAudienceId } from '../audience/audience-description.ts';
import { describeAudience } from '../audience/describe-audience.ts';

type ContactsStepProps = {
  form: UseFormReturn<ProvisionCustomerForm>;
  audience?: WizardAudienceId;
};

type RemovedContact = { contact: ContactForm; index: number; message: string; key: number };

export const ContactsStep = memo(function ContactsStep({
  form,
  audience = 'staff',
}: ContactsStepProps) {
  const { control, getValues, setValue } = form;
  const { fields, append, remove, insert } = useFieldArray({ control, name: 'contacts' });
  const [removed, setRemoved] = useState<RemovedContact | null>(null);

  const removeContact = useCallback(
    (index: number) => {
      const contact = getValues(`contacts.${index}`);
      remove(index);
      let message = `Contact ${index + 1} removed.`;
      if (contact.roles.includes('Primary')) {
        message += ' It was the Primary contact: give another contact the Primary role.';
      }
      setRemoved((previous) => ({ contact, index, message, key: (previous?.key ?? 0) + 1 }));
    },
    [getValues, remove],
  );

  const undoRemove = () => {
    if (!removed) return;
    insert(removed.index, removed.contact, { focusName: `contacts.${removed.index}.firstName` });
    setRemoved(null);
  };

  const addContact = () => {
    const hasPrimary = getValues('contacts').some((contact) => contact.roles.includes('Primary'));
    append(emptyContact(hasPrimary ? [] : ['Primary']), {
      focusName: `contacts.${fields.length}.firstName`,
    });
  };

  return (
    <Column spacing={3}>
      <Typography>{describeAudience(audience).wording.contactsIntro}</Typography>
      <ListErrorMessage control={control} name="contacts" />
      {fields.map((field, index) => (
        <ContactFieldset
          key={field.id}
          control={control}
          setValue={setValue}
          index={index}
          canRemove={fields.length > 1}
          onRemove={removeContact}
        />
      ))}
      {removed && (
        <RemovalNotice
          key={removed.key}
          message={removed.message}
          undoLabel="Undo"
          onUndo={undoRemove}
        />
      )}
      <Box>
        <PortalButton variant="outlined" onClick={addContact}>
          Add contact
        </PortalButton>
      </Box>
    </Column>
  );
});
