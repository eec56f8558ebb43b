import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, TextArea } from '@grensportaal/web-ui';
import { FormDialog } from '@web/app/forms/FormDialog';
import { useFormFields } from '@web/app/forms/useFormFields';
import type { ActionFieldsFragment } from '@web/gql/graphql';
import { Localized } from '@web/modules/text/components/Localized';
import { useTransitionAction } from '@web/modules/action/hooks/useTransitionAction';

type Transition = ActionFieldsFragment['availableTransitions'][number];

/** Confirms a status change of an action, with the reason where one is required. */
export function ActionTransitionDialog({ action, transition, onClose }: { action: ActionFieldsFragment; transition: Transition; onClose: () => void }) {
  const { t } = useTranslation(['action', 'register', 'forms']);
  const [reason, setReason] = useState('');
  const { run: move, busy, problem } = useTransitionAction();
  const fields = useFormFields(problem, { reason: t('forms:reason') });
  const step = t(`register:transition.${transition.transition}`);

  const save = async () => {
    const result = await move({ input: { id: action.id, version: action.version, transition: transition.transition, reason: reason || null } },
      t('action:transition.saved', { status: t(`register:actionStatus.${transition.to}`) }),
    );
    if (result.ok) onClose();
  };

  return (
    <FormDialog
      isOpen
      onClose={onClose}
      title={t('action:transition.title', { transition: step })}
      intro={<Localized value={action.title} />}
      fields={fields}
      busy={busy}
      danger={transition.transition === 'cancel'}
      submitLabel={t('action:transition.confirm', { transition: step })}
      onSubmit={() => void save()}
    >
      {transition.needsReason ? (
        <FormField {...fields.field('reason')} description={t('forms:reasonHint')} required>
          {(control) => <TextArea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
      ) : null}
    </FormDialog>
  );
}
