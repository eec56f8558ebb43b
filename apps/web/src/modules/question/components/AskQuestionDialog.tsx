import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormField, TextArea } from '@grensportaal/web-ui';
import { FormDialog } from '@web/app/forms/FormDialog';
import { useSubmit } from '@web/app/forms/useSubmit';
import { todayPlus, useFormat } from '@web/app/format';
import { DueDateField } from '@web/app/forms/DueDateField';
import { NamedSelect } from '@web/app/forms/NamedSelect';
import { OrganisationsQuery } from '@web/modules/organisation/graphql/organisations.query';
import { CreateAssignmentMutation } from '../graphql/create-assignment.mutation';

/** The secretariat puts a question about a bottleneck to a ministry, with a due date. */
export function AskQuestionDialog({ bottleneck, onClose }: { bottleneck: { id: string; reference: string }; onClose: () => void }) {
  const { t } = useTranslation(['question', 'forms']);
  const format = useFormat();
  const ministries = useQuery(OrganisationsQuery, { variables: { kind: 'MINISTRY' } });
  const [ministry, setMinistry] = useState('');
  const [question, setQuestion] = useState('');
  const [dueDate, setDueDate] = useState<string | null>(todayPlus(28));
  const [ask] = useMutation(CreateAssignmentMutation);
  const { submit, busy, problem } = useSubmit();

  const save = async () => {
    const result = await submit(() => ask({ variables: { input: { bottleneckId: bottleneck.id, ministryCode: ministry, language: format.language, question, dueDate } } }), t('question:ask.saved'));
    if (result.ok) onClose();
  };

  return (
    <FormDialog isOpen onClose={onClose} title={t('question:ask.title', { reference: bottleneck.reference })} problem={problem} busy={busy} submitLabel={t('question:ask.submit')} onSubmit={() => void save()}>
      <NamedSelect label={t('question:ask.ministry')} error={problem?.fields['ministryCode']} value={ministry} onChange={setMinistry} options={ministries.data?.organisations ?? []} required />
      <FormField label={t('question:ask.question')} description={t('question:ask.questionHint')} error={problem?.fields['question']} required>
        {(control) => <TextArea {...control} rows={5} value={question} onChange={(e) => setQuestion(e.target.value)} />}
      </FormField>
      <DueDateField label={t('question:ask.dueDate')} error={problem?.fields['dueDate']} value={dueDate} onChange={setDueDate} />
    </FormDialog>
  );
}
