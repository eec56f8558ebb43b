import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, Select, TextArea, TextInput } from '@grensportaal/web-ui';
import { FormDialog } from '@web/app/forms/FormDialog';
import { todayPlus, useFormat } from '@web/app/format';
import type { ActionInstrument } from '@web/gql/graphql';
import { DueDateField } from '@web/app/forms/DueDateField';
import { NamedSelect } from '@web/app/forms/NamedSelect';
import { useOrganisations } from '@web/modules/organisation/hooks/useOrganisations';
import { useCreateAction } from '@web/modules/action/hooks/useCreateAction';

const INSTRUMENTS: ActionInstrument[] = ['ADMINISTRATIVE_PRACTICE', 'INFORMATION', 'DEVIATION_CLAUSE', 'LAW_AMENDMENT', 'TREATY', 'FUNDING', 'PILOT'];

interface Props {
  bottleneck: { id: string; reference: string };
  /** The agenda's partners: they and the ministries may own an action. */
  partners: Array<{ code: string; name: string }>;
  /** The caller's organisation, proposed as owner. */
  defaultOwner: string | null;
  onClose: () => void;
}

/** Proposes a solution action for a bottleneck: what, who owns it, by when, and how. */
export function ProposeActionDialog({ bottleneck, partners, defaultOwner, onClose }: Props) {
  const { t } = useTranslation(['action', 'register', 'forms']);
  const format = useFormat();
  const ministries = useOrganisations({ kind: 'MINISTRY' });
  const owners = useMemo(() => {
    const all = new Map<string, string>();
    for (const p of partners) all.set(p.code, p.name);
    for (const m of ministries.data?.organisations ?? []) all.set(m.code, m.name);
    return [...all.entries()].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, format.locale));
  }, [partners, ministries.data, format.locale]);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState(defaultOwner ?? '');
  const [dueDate, setDueDate] = useState<string | null>(todayPlus(90));
  const [instrument, setInstrument] = useState<ActionInstrument>('ADMINISTRATIVE_PRACTICE');
  const { run: create, busy, problem } = useCreateAction();

  const save = async () => {
    const result = await create(
      {
        input: { bottleneckIds: [bottleneck.id], language: format.language, title, description: description || null, ownerOrganisationCode: owner, dueDate: dueDate ?? '', instrument },
      },
      t('action:propose.saved'),
    );
    if (result.ok) onClose();
  };

  return (
    <FormDialog isOpen onClose={onClose} title={t('action:propose.title', { reference: bottleneck.reference })} problem={problem} busy={busy} submitLabel={t('action:propose.submit')} onSubmit={() => void save()}>
      <FormField label={t('action:fields.title')} description={t('action:fields.titleHint')} error={problem?.fields['title']} required>
        {(control) => <TextInput {...control} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}
      </FormField>
      <FormField label={t('action:fields.description')} optionalLabel={t('forms:optional')} error={problem?.fields['description']}>
        {(control) => <TextArea {...control} rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </FormField>
      <NamedSelect label={t('action:fields.owner')} error={problem?.fields['ownerOrganisationCode']} value={owner} onChange={setOwner} options={owners} required />
      <DueDateField label={t('action:fields.dueDate')} error={problem?.fields['dueDate']} value={dueDate} onChange={setDueDate} />
      <FormField label={t('action:fields.instrument')} error={problem?.fields['instrument']} required>
        {(control) => (
          <Select {...control} value={instrument} onChange={(e) => setInstrument(e.target.value as ActionInstrument)}>
            {INSTRUMENTS.map((i) => (
              <option key={i} value={i}>
                {t(`register:instrument.${i}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
    </FormDialog>
  );
}
