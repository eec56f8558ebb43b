import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CONSULTATION_LINKS } from '@grensportaal/shared-domain';
import { Button, Fieldset, FormField, Heading, Paragraph, Select, TextArea, TextInput } from '@grensportaal/web-ui';
import { ErrorSummary } from '@web/app/forms/ErrorSummary';
import { useFormFields } from '@web/app/forms/useFormFields';
import { useFormat } from '@web/app/format';
import type { ConsultationDetailFieldsFragment, ConsultationLinkType } from '@web/gql/graphql';
import { BottleneckIdByReferenceQuery } from '../graphql/border-effects.graphql';
import { useFlagConsultation, useLinkConsultation, useUnflagConsultation } from '../hooks/useBorderEffectsMutations';

/** The secretariat links a bottleneck by its reference: one the proposal touches, or one logged from it. */
export function LinkBottleneckForm({ consultation }: { consultation: ConsultationDetailFieldsFragment }) {
  const { t } = useTranslation('borderEffects');
  const client = useApolloClient();
  const [reference, setReference] = useState('');
  const [type, setType] = useState<ConsultationLinkType>('TOUCHES');
  const [unknown, setUnknown] = useState(false);
  const { run, busy, problem } = useLinkConsultation();
  const fields = useFormFields(problem, { bottleneckId: t('link.reference'), type: t('link.type') });
  const referenceField = fields.field('bottleneckId');
  const link = async () => {
    const found = await client.query({ query: BottleneckIdByReferenceQuery, variables: { reference: reference.trim().toUpperCase() }, fetchPolicy: 'network-only' });
    const id = found.data?.bottleneckByReference?.id;
    setUnknown(!id);
    if (!id) return;
    const result = await run({ input: { consultationId: consultation.id, bottleneckId: id, type } }, t('link.done', { reference: reference.trim().toUpperCase() }));
    if (result.ok) setReference('');
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void link();
      }}
    >
      <ErrorSummary fields={fields} />
      <Fieldset legend={t('link.legend')}>
        <FormField {...referenceField} error={unknown ? t('link.unknown', { reference }) : referenceField.error} description={t('link.hint')} required>
          {(control) => <TextInput {...control} value={reference} maxLength={30} onChange={(e) => setReference(e.target.value)} />}
        </FormField>
        <FormField {...fields.field('type')}>
          {(control) => (
            <Select {...control} value={type} onChange={(e) => setType(e.target.value as ConsultationLinkType)}>
              {CONSULTATION_LINKS.map((l) => (
                <option key={l} value={l}>
                  {t(`linkType.${l}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit" busy={busy}>
          {t('link.submit')}
        </Button>
      </Fieldset>
    </form>
  );
}

/** The partner organisations that flagged the consultation; a partner flags it for their own organisation, or takes the flag back. */
export function ConsultationFlags({ consultation, myOrganisationId }: { consultation: ConsultationDetailFieldsFragment; myOrganisationId: string | null }) {
  const { t } = useTranslation('borderEffects');
  const format = useFormat();
  const mine = consultation.flags.find((f) => f.organisation.id === myOrganisationId);
  const [note, setNote] = useState(mine?.note ?? '');
  const flag = useFlagConsultation();
  const unflag = useUnflagConsultation();
  const fields = useFormFields(flag.problem ?? unflag.problem, { note: t('flags.note') });
  return (
    <section aria-labelledby="flags-heading" className="gp-section">
      <Heading level={2} id="flags-heading">
        {t('flags.title')}
      </Heading>
      {consultation.flags.length ? (
        <ul>
          {consultation.flags.map((f) => (
            <li key={f.organisation.id}>
              <strong>{f.organisation.name}</strong> ({format.date(f.createdAt)}){f.note ? `: ${f.note}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('flags.none')}</Paragraph>
      )}
      {consultation.canFlag ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void flag.run({ input: { consultationId: consultation.id, note } }, t('flags.done'));
          }}
        >
          <ErrorSummary fields={fields} />
          <Fieldset legend={t(mine ? 'flags.change' : 'flags.legend')}>
            <FormField {...fields.field('note')} description={t('flags.hint')}>
              {(control) => <TextArea {...control} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
            </FormField>
            <Button type="submit" busy={flag.busy}>
              {t(mine ? 'flags.update' : 'flags.submit')}
            </Button>
            {mine ? (
              <Button appearance="secondary" busy={unflag.busy} onClick={() => void unflag.run({ id: consultation.id }, t('flags.taken'))}>
                {t('flags.takeBack')}
              </Button>
            ) : null}
          </Fieldset>
        </form>
      ) : null}
    </section>
  );
}
