import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices, FormField, SearchPicker, TextArea } from '@grensportaal/web-ui';
import { FormDialog } from '@web/app/forms/FormDialog';
import { useFormFields, type FieldProps } from '@web/app/forms/useFormFields';
import { useDebounced } from '@web/app/useDebounced';
import type { BottleneckOutcome, BottleneckQuery } from '@web/gql/graphql';
import { useBottleneckSearch } from '@web/modules/bottleneck/hooks/useBottleneckSearch';
import { useTransitionBottleneck } from '@web/modules/bottleneck/hooks/useTransitionBottleneck';

type Bottleneck = NonNullable<BottleneckQuery['bottleneckByReference']>;
type Transition = Bottleneck['availableTransitions'][number];


/** Finds the bottleneck this one duplicates, by reference or words of its title. */
function DuplicatePicker({ bottleneck, selectedId, onSelect, field }: { bottleneck: Bottleneck; selectedId: string | null; onSelect: (id: string | null) => void; field: FieldProps }) {
  const { t } = useTranslation('bottleneck');
  const [query, setQuery] = useState('');
  const text = useDebounced(query.trim(), 250);
  const search = useBottleneckSearch({ filter: { text: text || null } }, { skip: text.length < 2 });
  const options = (search.data?.bottlenecks.edges ?? [])
    .map((e) => e.node)
    .filter((b) => b.id !== bottleneck.id)
    .map((b) => ({ id: b.id, label: `${b.reference} — ${b.title.text}` }));
  return (
    <SearchPicker
      {...field}
      description={t('bottleneck:transition.duplicateHint')}
      query={query}
      onQueryChange={setQuery}
      options={options}
      selectedId={selectedId}
      onSelect={onSelect}
      emptyLabel={text.length < 2 ? t('bottleneck:transition.typeToSearch') : t('bottleneck:transition.noMatches')}
    />
  );
}

/** One step in a bottleneck's life: with the outcome, duplicate and reason the step requires. */
export function BottleneckTransitionDialog({ bottleneck, transition, onClose }: { bottleneck: Bottleneck; transition: Transition; onClose: () => void }) {
  const { t } = useTranslation(['bottleneck', 'register', 'forms']);
  const [outcome, setOutcome] = useState<BottleneckOutcome | null>(null);
  const [reason, setReason] = useState('');
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const { run: move, busy, problem } = useTransitionBottleneck();
  const fields = useFormFields(problem, { outcome: t('bottleneck:transition.outcome'), duplicateOfId: t('bottleneck:transition.duplicateOf'), reason: t('forms:reason') });
  const name = transition.transition;
  const chosenOutcome = transition.outcomes.length === 1 ? transition.outcomes[0] : outcome;

  const save = async () => {
    const result = await move(
      {
        input: {
          id: bottleneck.id,
          version: bottleneck.version,
          transition: name,
          outcome: transition.outcomes.length ? chosenOutcome : null,
          reason: reason || null,
          duplicateOfId: chosenOutcome === 'DUPLICATE' ? duplicateOf : null,
        },
      },
      t('bottleneck:transition.saved', { status: t(`register:bottleneckStatus.${transition.to}`) }),
    );
    if (result.ok) onClose();
  };

  return (
    <FormDialog
      isOpen
      onClose={onClose}
      title={t(`bottleneck:transition.title.${name}`)}
      intro={t('bottleneck:transition.intro', { reference: bottleneck.reference, status: t(`register:bottleneckStatus.${transition.to}`) })}
      fields={fields}
      busy={busy}
      danger={name === 'withdraw'}
      submitLabel={t(`bottleneck:transition.button.${name}`)}
      onSubmit={() => void save()}
    >
      {transition.outcomes.length > 1 ? (
        <Choices
          {...fields.field('outcome')}
          name="outcome"
          value={outcome}
          onChange={setOutcome}
          options={transition.outcomes.map((o) => ({ value: o, label: t(`register:bottleneckOutcome.${o}`) }))}
        />
      ) : null}
      {chosenOutcome === 'DUPLICATE' ? <DuplicatePicker bottleneck={bottleneck} selectedId={duplicateOf} onSelect={setDuplicateOf} field={fields.field('duplicateOfId')} /> : null}
      {transition.needsReason ? (
        <FormField {...fields.field('reason')} description={t('forms:reasonHint')} required>
          {(control) => <TextArea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
      ) : null}
    </FormDialog>
  );
}
