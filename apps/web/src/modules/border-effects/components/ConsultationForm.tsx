import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AFFECTED_GROUPS, BORDER_EFFECT_DIRECTIONS, BORDER_TEST_REPORTS, CONSULTATION_FIELDS, CONSULTATION_KINDS, ConsultationField, LIMITS, MITIGATIONS, NEIGHBOURS } from '@grensportaal/shared-domain';
import { Button, DateField, Fieldset, FormField, Select, TextArea, TextInput } from '@grensportaal/web-ui';
import { ErrorSummary } from '@web/app/forms/ErrorSummary';
import type { ApiProblem } from '@web/app/api-errors';
import { useFormFields } from '@web/app/forms/useFormFields';
import { useFormat } from '@web/app/format';
import type { AffectedGroup, BorderEffectDirection, BorderTestReport, ConsultationKind, Language, Mitigation, Neighbour } from '@web/gql/graphql';

/** What the form edits: every field of a consultation record, texts in `language`. */
export interface ConsultationValues {
  language: Language;
  title: string;
  ministryCode: string;
  url: string;
  periodStart: string | null;
  periodEnd: string | null;
  kind: ConsultationKind | '';
  borderRelevant: boolean | null;
  relevanceReason: string;
  testCarriedOut: boolean | null;
  testReport: BorderTestReport | '';
  testReference: string;
  effectDirection: BorderEffectDirection | '';
  effects: string;
  affectedGroups: AffectedGroup[];
  neighbours: Neighbour[];
  mitigations: Mitigation[];
  responseSubmitted: boolean;
  response: string;
  responseUrl: string;
}

export const EMPTY_CONSULTATION: Omit<ConsultationValues, 'language'> = {
  title: '',
  ministryCode: '',
  url: '',
  periodStart: null,
  periodEnd: null,
  kind: '',
  borderRelevant: null,
  relevanceReason: '',
  testCarriedOut: null,
  testReport: '',
  testReference: '',
  effectDirection: '',
  effects: '',
  affectedGroups: [],
  neighbours: [],
  mitigations: [],
  responseSubmitted: false,
  response: '',
  responseUrl: '',
};

/** The values as the API takes them (empty choices as null). */
export function consultationInput(v: ConsultationValues) {
  return {
    ...v,
    periodStart: v.periodStart ?? '',
    periodEnd: v.periodEnd ?? '',
    kind: v.kind || null,
    testReport: v.testReport || null,
    effectDirection: v.effectDirection || null,
    relevanceReason: v.relevanceReason || null,
    testReference: v.testReference || null,
    effects: v.effects || null,
    response: v.response || null,
    responseUrl: v.responseUrl || null,
  };
}

/** Yes / no / not known, as a select (a question that may stay open). */
function Answer({ field, value, onChange }: { field: { id: string; label: string; error: string | null }; value: boolean | null; onChange: (v: boolean | null) => void }) {
  const { t } = useTranslation('borderEffects');
  return (
    <FormField {...field}>
      {(control) => (
        <Select {...control} value={value === null ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value === 'true')}>
          <option value="">{t('answer.unknown')}</option>
          <option value="true">{t('answer.yes')}</option>
          <option value="false">{t('answer.no')}</option>
        </Select>
      )}
    </FormField>
  );
}

/** A few values of a vocabulary, as check boxes in a fieldset. */
function Checks<V extends string>({ id, legend, values, group, selected, onChange, error }: { id: string; legend: string; values: readonly V[]; group: string; selected: V[]; onChange: (v: V[]) => void; error: string | null }) {
  const { t } = useTranslation('borderEffects');
  return (
    <Fieldset id={id} legend={legend} error={error}>
      {values.map((value) => (
        <div key={value} className="utrecht-form-field utrecht-form-field--checkbox gp-choice">
          <input
            type="checkbox"
            id={`${id}-${value}`}
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={selected.includes(value)}
            onChange={(e) => onChange(e.target.checked ? [...selected, value] : selected.filter((s) => s !== value))}
          />
          <label htmlFor={`${id}-${value}`} className="utrecht-form-label utrecht-form-label--checkbox">
            {t(`${group}.${value}`)}
          </label>
        </div>
      ))}
    </Fieldset>
  );
}

interface ConsultationFormProps {
  initial: ConsultationValues;
  ministries: Array<{ code: string; name: string }>;
  problem: ApiProblem | null;
  busy: boolean;
  submitLabel: string;
  onSubmit: (values: ConsultationValues) => void;
  /** Above the fields: the round, for a new record. */
  children?: ReactNode;
}

/**
 * The consultation record as the secretariat keeps it: the consultation
 * itself, then its screening (border-relevant? tested? where reported?),
 * the effects found and for whom, mitigation, and the programme's response.
 * What was typed stays when the API refuses it.
 */
export function ConsultationForm({ initial, ministries, problem, busy, submitLabel, onSubmit, children }: ConsultationFormProps) {
  const { t } = useTranslation(['borderEffects', 'forms']);
  const format = useFormat();
  const [v, setV] = useState<ConsultationValues>(initial);
  const set = <K extends keyof ConsultationValues>(key: K, value: ConsultationValues[K]) => setV((current) => ({ ...current, [key]: value }));
  const fields = useFormFields(problem, Object.fromEntries(CONSULTATION_FIELDS.map((key) => [key, t(`borderEffects:field.${key}`)])) as Record<ConsultationField, string>);
  const dateProps = { description: t('forms:dateHint'), locale: format.locale, calendarLabel: t('forms:calendar.open'), previousLabel: t('forms:calendar.previous'), nextLabel: t('forms:calendar.next') };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(v);
      }}
    >
      <ErrorSummary fields={fields} />
      {children}
      <Fieldset legend={t('borderEffects:form.consultation')}>
        <FormField {...fields.field('title')} required>
          {(control) => <TextInput {...control} value={v.title} maxLength={LIMITS.title} onChange={(e) => set('title', e.target.value)} />}
        </FormField>
        <FormField {...fields.field('ministryCode')} required>
          {(control) => (
            <Select {...control} value={v.ministryCode} onChange={(e) => set('ministryCode', e.target.value)}>
              <option value="">{t('borderEffects:form.choose')}</option>
              {ministries.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField {...fields.field('kind')} required>
          {(control) => (
            <Select {...control} value={v.kind} onChange={(e) => set('kind', e.target.value as ConsultationKind)}>
              <option value="">{t('borderEffects:form.choose')}</option>
              {CONSULTATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`borderEffects:consultationKind.${k}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField {...fields.field('url')} required description={t('borderEffects:form.urlHint')}>
          {(control) => <TextInput {...control} type="url" value={v.url} maxLength={2000} onChange={(e) => set('url', e.target.value)} />}
        </FormField>
        <DateField {...fields.field('periodStart')} {...dateProps} value={v.periodStart} onChange={(d) => set('periodStart', d)} required />
        <DateField {...fields.field('periodEnd')} {...dateProps} value={v.periodEnd} onChange={(d) => set('periodEnd', d)} required />
      </Fieldset>

      <Fieldset legend={t('borderEffects:form.screening')}>
        <Answer field={fields.field('borderRelevant')} value={v.borderRelevant} onChange={(a) => set('borderRelevant', a)} />
        <FormField {...fields.field('relevanceReason')} description={t('borderEffects:form.reasonHint')}>
          {(control) => <TextArea {...control} rows={3} value={v.relevanceReason} onChange={(e) => set('relevanceReason', e.target.value)} />}
        </FormField>
        <Answer field={fields.field('testCarriedOut')} value={v.testCarriedOut} onChange={(a) => set('testCarriedOut', a)} />
        <FormField {...fields.field('testReport')}>
          {(control) => (
            <Select {...control} value={v.testReport} onChange={(e) => set('testReport', e.target.value as BorderTestReport)}>
              <option value="">{t('borderEffects:form.notApplicable')}</option>
              {BORDER_TEST_REPORTS.map((r) => (
                <option key={r} value={r}>
                  {t(`borderEffects:testReport.${r}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField {...fields.field('testReference')}>
          {(control) => <TextInput {...control} value={v.testReference} maxLength={500} onChange={(e) => set('testReference', e.target.value)} />}
        </FormField>
      </Fieldset>

      <Fieldset legend={t('borderEffects:form.effects')}>
        <FormField {...fields.field('effectDirection')}>
          {(control) => (
            <Select {...control} value={v.effectDirection} onChange={(e) => set('effectDirection', e.target.value as BorderEffectDirection)}>
              <option value="">{t('borderEffects:form.notApplicable')}</option>
              {BORDER_EFFECT_DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`borderEffects:effectDirection.${d}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField {...fields.field('effects')}>{(control) => <TextArea {...control} rows={3} value={v.effects} onChange={(e) => set('effects', e.target.value)} />}</FormField>
        <Checks {...fields.field('affectedGroups')} legend={fields.field('affectedGroups').label} values={AFFECTED_GROUPS} group="affectedGroup" selected={v.affectedGroups} onChange={(s) => set('affectedGroups', s as AffectedGroup[])} />
        <Checks {...fields.field('neighbours')} legend={fields.field('neighbours').label} values={NEIGHBOURS} group="neighbour" selected={v.neighbours} onChange={(s) => set('neighbours', s as Neighbour[])} />
        <Checks {...fields.field('mitigations')} legend={fields.field('mitigations').label} values={MITIGATIONS} group="mitigation" selected={v.mitigations} onChange={(s) => set('mitigations', s as Mitigation[])} />
      </Fieldset>

      <Fieldset legend={t('borderEffects:form.response')}>
        <div className="utrecht-form-field utrecht-form-field--checkbox gp-choice">
          <input
            type="checkbox"
            id={fields.field('responseSubmitted').id}
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={v.responseSubmitted}
            onChange={(e) => set('responseSubmitted', e.target.checked)}
          />
          <label htmlFor={fields.field('responseSubmitted').id} className="utrecht-form-label utrecht-form-label--checkbox">
            {fields.field('responseSubmitted').label}
          </label>
        </div>
        <FormField {...fields.field('response')}>{(control) => <TextArea {...control} rows={3} value={v.response} onChange={(e) => set('response', e.target.value)} />}</FormField>
        <FormField {...fields.field('responseUrl')}>
          {(control) => <TextInput {...control} type="url" value={v.responseUrl} maxLength={2000} onChange={(e) => set('responseUrl', e.target.value)} />}
        </FormField>
      </Fieldset>
      <Button type="submit" appearance="primary" busy={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
