import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, TextArea } from '@grensportaal/web-ui';
import { FormDialog } from '@web/app/forms/FormDialog';
import { useFormFields } from '@web/app/forms/useFormFields';
import { todayPlus, useFormat } from '@web/app/format';
import { DueDateField } from '@web/app/forms/DueDateField';
import { NamedSelect } from '@web/app/forms/NamedSelect';
import { useOrganisations } from '@web/modules/organisation/hooks/useOrganisations';
import { useCreateAssignment } from '@web/modules/assignment/hooks/useCreateAssignment';

/** What the question is about: a bottleneck, or a screened consultation (its own ministry asked unless another is chosen). */
export type QuestionAbout = { bottleneck: { id: string; reference: string } } | { consultation: { id: string; ministryCode: string } };

/** The secretariat puts a question about a bottleneck or a consultation to a ministry, with a due date. */
export function CreateAssignmentDialog({ about, onClose, onAsked }: { about: QuestionAbout; onClose: () => void; onAsked?: () => void }) {
  const { t } = useTranslation(['assignment', 'forms']);
  const format = useFormat();
  const ministries = useOrganisations({ kind: 'MINISTRY' });
  const [ministry, setMinistry] = useState('consultation' in about ? about.consultation.ministryCode : '');
  const [question, setQuestion] = useState('');
  const [dueDate, setDueDate] = useState<string | null>(todayPlus(28));
  const { run: ask, busy, problem } = useCreateAssignment();
  const fields = useFormFields(problem, { ministryCode: t('assignment:ask.ministry'), question: t('assignment:ask.question'), dueDate: t('assignment:ask.dueDate') });

  const save = async () => {
    const subject = 'bottleneck' in about ? { bottleneckId: about.bottleneck.id } : { consultationId: about.consultation.id };
    const result = await ask({ input: { ...subject, ministryCode: ministry, language: format.language, question, dueDate } }, t('assignment:ask.saved'));
    if (result.ok) {
      onAsked?.();
      onClose();
    }
  };
  const title = 'bottleneck' in about ? t('assignment:ask.title', { reference: about.bottleneck.reference }) : t('assignment:ask.consultationTitle');

  return (
    <FormDialog isOpen onClose={onClose} title={title} fields={fields} busy={busy} submitLabel={t('assignment:ask.submit')} onSubmit={() => void save()}>
      <NamedSelect {...fields.field('ministryCode')} value={ministry} onChange={setMinistry} options={ministries.data?.organisations ?? []} required />
      <FormField {...fields.field('question')} description={t('bottleneck' in about ? 'assignment:ask.questionHint' : 'assignment:ask.consultationHint')} required>
        {(control) => <TextArea {...control} rows={5} value={question} onChange={(e) => setQuestion(e.target.value)} />}
      </FormField>
      <DueDateField {...fields.field('dueDate')} value={dueDate} onChange={setDueDate} />
    </FormDialog>
  );
}
