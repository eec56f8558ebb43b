import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, TextArea } from '@grensportaal/web-ui';
import { FormDialog } from '@web/app/forms/FormDialog';
import { useFormFields } from '@web/app/forms/useFormFields';
import type { ActionFieldsFragment } from '@web/gql/graphql';
import { Localized } from '@web/modules/text/components/Localized';
import { useRequestActionUpdate } from '@web/modules/action/hooks/useRequestActionUpdate';

/** The commissioner or secretariat asks the owner for a progress report. */
export function RequestUpdateDialog({ action, onClose }: { action: ActionFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation(['action', 'forms']);
  const [message, setMessage] = useState('');
  const { run: request, busy, problem } = useRequestActionUpdate();
  const fields = useFormFields(problem, { message: t('action:requestUpdate.message') });

  const save = async () => {
    const result = await request({ input: { id: action.id, version: action.version, message: message || null } },
      t('action:requestUpdate.saved', { owner: action.ownerOrganisation.name }),
    );
    if (result.ok) onClose();
  };

  return (
    <FormDialog
      isOpen
      onClose={onClose}
      title={t('action:requestUpdate.title')}
      intro={
        <>
          <Localized value={action.title} /> — {action.ownerOrganisation.name}
        </>
      }
      fields={fields}
      busy={busy}
      submitLabel={t('action:requestUpdate.submit')}
      onSubmit={() => void save()}
    >
      <FormField {...fields.field('message')} optionalLabel={t('forms:optional')}>
        {(control) => <TextArea {...control} rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />}
      </FormField>
    </FormDialog>
  );
}
