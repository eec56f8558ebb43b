import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, TextArea } from '@grensportaal/web-ui';
import { FormDialog } from '@web/app/forms/FormDialog';
import { useFormFields } from '@web/app/forms/useFormFields';
import type { AssignmentFieldsFragment } from '@web/gql/graphql';
import { Localized } from '@web/modules/text/components/Localized';
import { useTransitionAssignment } from '@web/modules/assignment/hooks/useTransitionAssignment';

type Transition = AssignmentFieldsFragment['availableTransitions'][number];

/** The secretariat accepts or returns an answer, or withdraws a assignment (with a reason where required). */
export function AssignmentTransitionDialog({ assignment, transition, onClose }: { assignment: AssignmentFieldsFragment; transition: Transition; onClose: () => void }) {
  const { t } = useTranslation(['assignment', 'forms']);
  const [reason, setReason] = useState('');
  const { run: move, busy, problem } = useTransitionAssignment();
  const fields = useFormFields(problem, { reason: t('forms:reason') });
  const name = transition.transition;

  const save = async () => {
    const result = await move({ input: { id: assignment.id, version: assignment.version, transition: name, reason: reason || null } }, t(`assignment:transitionSaved.${name}`));
    if (result.ok) onClose();
  };

  return (
    <FormDialog
      isOpen
      onClose={onClose}
      title={t(`assignment:transitionTitle.${name}`)}
      intro={<Localized value={assignment.question} />}
      fields={fields}
      busy={busy}
      danger={name === 'withdraw'}
      submitLabel={t(`assignment:transitionButton.${name}`)}
      onSubmit={() => void save()}
    >
      {transition.needsReason ? (
        <FormField {...fields.field('reason')} description={name === 'returnAnswer' ? t('assignment:returnHint') : t('forms:reasonHint')} required>
          {(control) => <TextArea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
      ) : null}
    </FormDialog>
  );
}
