import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@grensportaal/shared-domain';
import { FormField, Select, TextArea } from '@grensportaal/web-ui';
import { CountedTextInput } from '@web/app/forms/CountedTextInput';
import { FormDialog } from '@web/app/forms/FormDialog';
import { useFormFields } from '@web/app/forms/useFormFields';
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
  const fields = useFormFields(problem, { title: t('action:fields.title'), description: t('action:fields.description'), ownerOrganisationCode: t('action:fields.owner'), dueDate: t('action:fields.dueDate'), instrument: t('action:fields.instrument') });

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
    <FormDialog isOpen onClose={onClose} title={t('action:propose.title', { reference: bottleneck.reference })} fields={fields} busy={busy} submitLabel={t('action:propose.submit')} onSubmit={() => void save()}>
      <FormField {...fields.field('title')} description={t('action:fields.titleHint')} required>
        {(control) => <CountedTextInput control={control} lang={format.language} value={title} max={LIMITS.title} onChange={setTitle} />}
      </FormField>
      <FormField {...fields.field('description')} optionalLabel={t('forms:optional')}>
        {(control) => <TextArea {...control} rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </FormField>
      <NamedSelect {...fields.field('ownerOrganisationCode')} value={owner} onChange={setOwner} options={owners} required />
      <DueDateField {...fields.field('dueDate')} value={dueDate} onChange={setDueDate} />
      <FormField {...fields.field('instrument')} required>
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
