import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, TextArea, TextInput } from '@grensportaal/web-ui';
import { FormDialog } from '@web/app/forms/FormDialog';
import { useFormFields } from '@web/app/forms/useFormFields';
import { useFormat } from '@web/app/format';
import type { ActionFieldsFragment } from '@web/gql/graphql';
import { Localized } from '@web/modules/text/components/Localized';
import { usePostProgress } from '@web/modules/action/hooks/usePostProgress';

/** The owner reports how far the action has got, with a note in their language. */
export function PostProgressDialog({ action, onClose }: { action: ActionFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation(['action', 'forms']);
  const { language } = useFormat();
  const [progress, setProgress] = useState(String(action.progress));
  const [note, setNote] = useState('');
  const { run: post, busy, problem } = usePostProgress();
  const fields = useFormFields(problem, { progress: t('action:progress.percent'), note: t('action:progress.note') });

  const save = async () => {
    const result = await post({ input: { actionId: action.id, version: action.version, progress: Number(progress), language, note } },
      t('action:progress.saved'),
    );
    if (result.ok) onClose();
  };

  return (
    <FormDialog isOpen onClose={onClose} title={t('action:progress.title')} intro={<Localized value={action.title} />} fields={fields} busy={busy} submitLabel={t('action:progress.submit')} onSubmit={() => void save()}>
      <FormField {...fields.field('progress')} description={t('action:progress.percentHint')} required>
        {(control) => <TextInput {...control} inputMode="numeric" value={progress} onChange={(e) => setProgress(e.target.value)} className="gp-input--short" />}
      </FormField>
      <FormField {...fields.field('note')} description={t('action:progress.noteHint')} required>
        {(control) => <TextArea {...control} rows={4} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </FormDialog>
  );
}
