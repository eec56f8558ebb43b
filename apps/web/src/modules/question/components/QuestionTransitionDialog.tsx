import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormField, TextArea } from '@grensportaal/web-ui';
import { FormDialog } from '@web/app/forms/FormDialog';
import { useSubmit } from '@web/app/forms/useSubmit';
import type { AssignmentFieldsFragment } from '@web/gql/graphql';
import { Localized } from '@web/modules/text/components/Localized';
import { TransitionAssignmentMutation } from '../graphql/transition-assignment.mutation';

type Transition = AssignmentFieldsFragment['availableTransitions'][number];

/** The secretariat accepts or returns an answer, or withdraws a question (with a reason where required). */
export function QuestionTransitionDialog({ question, transition, onClose }: { question: AssignmentFieldsFragment; transition: Transition; onClose: () => void }) {
  const { t } = useTranslation(['question', 'forms']);
  const [reason, setReason] = useState('');
  const [move] = useMutation(TransitionAssignmentMutation);
  const { submit, busy, problem } = useSubmit();
  const name = transition.transition;

  const save = async () => {
    const result = await submit(() => move({ variables: { input: { id: question.id, version: question.version, transition: name, reason: reason || null } } }), t(`question:transitionSaved.${name}`));
    if (result.ok) onClose();
  };

  return (
    <FormDialog
      isOpen
      onClose={onClose}
      title={t(`question:transitionTitle.${name}`)}
      intro={<Localized value={question.question} />}
      problem={problem}
      busy={busy}
      danger={name === 'withdraw'}
      submitLabel={t(`question:transitionButton.${name}`)}
      onSubmit={() => void save()}
    >
      {transition.needsReason ? (
        <FormField label={t('forms:reason')} description={name === 'returnAnswer' ? t('question:returnHint') : t('forms:reasonHint')} error={problem?.fields['reason']} required>
          {(control) => <TextArea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
      ) : null}
    </FormDialog>
  );
}
