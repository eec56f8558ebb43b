import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFERENCE_DECISIONS, type ConferenceDecision } from '@grensportaal/shared-domain';
import { FormField, Select, TextArea } from '@grensportaal/web-ui';
import { FormDialog } from '@web/app/forms/FormDialog';
import { useFormFields } from '@web/app/forms/useFormFields';
import { useFormat } from '@web/app/format';
import { useDecideConferenceItem } from '../hooks/useReportMutations';

interface Props {
  item: { id: string; version: number; decision: ConferenceDecision | null; note: string | null };
  /** What the item is, for the dialog's title: its reference and title. */
  subject: string;
  onClose: () => void;
}

/** What a held conference decided on one item: endorsed, adjusted or deferred, with a note in the minutes' words. */
export function DecideItemDialog({ item, subject, onClose }: Props) {
  const { t } = useTranslation(['report', 'forms']);
  const format = useFormat();
  const [decision, setDecision] = useState<ConferenceDecision>(item.decision ?? 'ENDORSED');
  const [note, setNote] = useState(item.note ?? '');
  const { run, busy, problem } = useDecideConferenceItem();
  const fields = useFormFields(problem, { decision: t('report:conferences.decision'), note: t('report:conferences.note') });
  const save = async () => {
    const result = await run({ input: { id: item.id, version: item.version, decision, note: note || null, language: format.language } }, t('report:conferences.decided'));
    if (result.ok) onClose();
  };
  return (
    <FormDialog
      isOpen
      onClose={onClose}
      title={t('report:conferences.decideTitle', { item: subject })}
      intro={problem?.code === 'CONFLICT' ? problem.message : undefined}
      fields={fields}
      busy={busy}
      submitLabel={t('report:conferences.decideSubmit')}
      onSubmit={() => void save()}
    >
      <FormField {...fields.field('decision')} required>
        {(control) => (
          <Select {...control} value={decision} onChange={(e) => setDecision(e.target.value as ConferenceDecision)}>
            {CONFERENCE_DECISIONS.map((d) => (
              <option key={d} value={d}>
                {t(`report:decision.${d}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField {...fields.field('note')} optionalLabel={t('forms:optional')}>
        {(control) => <TextArea {...control} lang={format.language} rows={4} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </FormDialog>
  );
}
