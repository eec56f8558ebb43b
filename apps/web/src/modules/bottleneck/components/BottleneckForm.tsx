import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, missingBottleneckFields } from '@grensportaal/shared-domain';
import { Button, Fieldset, FormField, Select, TextArea, TextInput } from '@grensportaal/web-ui';
import { formProblem, type ApiProblem } from '@web/app/api-errors';
import { ErrorSummary } from '@web/app/forms/ErrorSummary';
import { CountedTextInput, lengthProblem } from '@web/app/forms/CountedTextInput';
import { useFormFields } from '@web/app/forms/useFormFields';
import { NamedSelect } from '@web/app/forms/NamedSelect';
import { UnsavedChangesGuard } from '@web/app/forms/UnsavedChangesGuard';
import type { AgendasQuery, BottleneckType, Language } from '@web/gql/graphql';
import { BottleneckTypeOptions } from './BottleneckTypeOptions';

const LANGUAGES: Language[] = ['nl', 'de', 'en'];

export interface BottleneckValues {
  agendaCode: string;
  reportingOrganisationCode: string;
  themeCode: string;
  language: Language;
  title: string;
  description: string;
  whyToSolve: string;
  impact: string;
  type: BottleneckType | '';
  area: string;
  expectedDurationMonths: string;
  /** Other-language versions of title and description, by language. */
  translations: Partial<Record<Language, { title: string; description: string }>>;
}

export function emptyBottleneck(language: Language, agendaCode = ''): BottleneckValues {
  return { agendaCode, reportingOrganisationCode: '', themeCode: '', language, title: '', description: '', whyToSolve: '', impact: '', type: '', area: '', expectedDurationMonths: '', translations: {} };
}

interface Props {
  mode: 'create' | 'edit';
  /** Editing a bottleneck that is no longer a draft: it must keep everything a submission needs. */
  submitted?: boolean;
  initial: BottleneckValues;
  agendas: AgendasQuery['agendas'];
  /** The secretariat logs on behalf of a partner and chooses the reporting organisation. */
  chooseReporter: boolean;
  problem: ApiProblem | null;
  busy: boolean;
  /** submit: whether to submit (create) — false saves a draft. Resolves true when saved. */
  onSave: (values: BottleneckValues, submit: boolean) => Promise<boolean>;
  /** Values replaced from outside (after a conflict the form keeps the user's text). */
  values?: BottleneckValues;
  onChange?: (values: BottleneckValues) => void;
  /** Shown under the title as it is typed (similar bottlenecks, while logging a new one). */
  belowTitle?: (values: BottleneckValues) => ReactNode;
}

/**
 * Logging or editing a bottleneck: where (agenda, theme, region), what
 * (title, description, why it matters, impact) in the writer's language,
 * optional translations; saved as a draft or submitted.
 */
export function BottleneckForm({ mode, submitted = false, initial, agendas, chooseReporter, problem, busy, onSave, values: controlled, onChange, belowTitle }: Props) {
  const { t } = useTranslation(['bottleneck', 'register', 'forms', 'common']);
  const [own, setOwn] = useState<BottleneckValues>(initial);
  const values = controlled ?? own;
  const [saved, setSaved] = useState(false);
  const dirty = !saved && JSON.stringify(values) !== JSON.stringify(initial);
  const agenda = useMemo(() => agendas.find((a) => a.code === values.agendaCode), [agendas, values.agendaCode]);
  const set = <K extends keyof BottleneckValues>(key: K, value: BottleneckValues[K]) => {
    const next = { ...values, [key]: value };
    setSaved(false);
    if (onChange) onChange(next);
    else setOwn(next);
  };
  const setTranslation = (language: Language, part: 'title' | 'description', text: string) =>
    set('translations', { ...values.translations, [language]: { title: '', description: '', ...values.translations[language], [part]: text } });
  // Checked here first with the API's own rule, so one attempt reports every missing field.
  const [missing, setMissing] = useState<ApiProblem | null>(null);
  const translationLabel = (language: Language, part: 'title' | 'description') =>
    t(part === 'title' ? 'bottleneck:fields.titleIn' : 'bottleneck:fields.descriptionIn', { language: t(`common:languageName.${language}`) });
  const translationKeys = Object.fromEntries(translationInputs(values).map((x, index) => [`translations.${index}.text`, translationLabel(x.language, x.field)]));
  const fields = useFormFields<string>(missing ?? problem, {
    agendaCode: t('bottleneck:fields.agenda'),
    reportingOrganisationCode: t('bottleneck:fields.reporter'),
    themeCode: t('bottleneck:fields.theme'),
    area: t('bottleneck:fields.area'),
    language: t('bottleneck:fields.language'),
    title: t('bottleneck:fields.title'),
    description: t('bottleneck:fields.description'),
    whyToSolve: t('bottleneck:fields.whyToSolve'),
    impact: t('bottleneck:fields.impact'),
    type: t('bottleneck:fields.type'),
    expectedDurationMonths: t('bottleneck:fields.months'),
    ...translationKeys,
  });
  /** A translation's field: its API errors come by position among the translations sent. */
  const translationField = (language: Language, part: 'title' | 'description') => {
    const index = translationInputs(values).findIndex((x) => x.language === language && x.field === part);
    return index >= 0 ? fields.field(`translations.${index}.text`) : { label: translationLabel(language, part), error: null };
  };

  const save = async (event: FormEvent<HTMLFormElement>, submit: boolean) => {
    event.preventDefault();
    const required = [...missingBottleneckFields(values, submit || submitted ? 'submit' : 'draft'), ...(mode === 'create' && chooseReporter && !values.reportingOrganisationCode ? ['reportingOrganisationCode'] : [])];
    const local = formProblem([...required.map((field) => ({ field, rule: 'required' })), ...lengthProblem('title', values.title, LIMITS.title)]);
    setMissing(local);
    if (local) return;
    if (await onSave(values, submit)) setSaved(true);
  };

  return (
    <form onSubmit={(event) => void save(event, mode === 'create' && (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'submit')} noValidate className="gp-form">
      <UnsavedChangesGuard when={dirty && !busy} />
      <ErrorSummary fields={fields} />
      <Fieldset legend={t('bottleneck:form.where')}>
        {mode === 'create' ? (
          <NamedSelect {...fields.field('agendaCode')} value={values.agendaCode} onChange={(v) => set('agendaCode', v)} options={agendas} required />
        ) : null}
        {mode === 'create' && chooseReporter ? (
          <NamedSelect
            {...fields.field('reportingOrganisationCode')}
            description={t('bottleneck:fields.reporterHint')}
            value={values.reportingOrganisationCode}
            onChange={(v) => set('reportingOrganisationCode', v)}
            options={agenda?.partners ?? []}
            required
          />
        ) : null}
        <NamedSelect
          {...fields.field('themeCode')}
          description={t('bottleneck:fields.themeHint')}
          value={values.themeCode}
          onChange={(v) => set('themeCode', v)}
          options={agenda?.themes ?? []}
          emptyLabel={agenda ? undefined : t('bottleneck:fields.agendaFirst')}
          disabled={!agenda}
        />
        <FormField {...fields.field('area')} description={t('bottleneck:fields.areaHint')}>
          {(control) => <TextInput {...control} value={values.area} maxLength={LIMITS.area} onChange={(e) => set('area', e.target.value)} />}
        </FormField>
      </Fieldset>

      <Fieldset legend={t('bottleneck:form.what')}>
        <FormField {...fields.field('language')} description={t('bottleneck:fields.languageHint')} required>
          {(control) => (
            <Select {...control} value={values.language} onChange={(e) => set('language', e.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`common:language.names.${l}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField {...fields.field('title')} description={t('bottleneck:fields.titleHint')} required>
          {(control) => <CountedTextInput control={control} lang={values.language} value={values.title} max={LIMITS.title} onChange={(text) => set('title', text)} />}
        </FormField>
        {belowTitle?.(values)}
        <FormField {...fields.field('description')} description={t('bottleneck:fields.descriptionHint')}>
          {(control) => <TextArea {...control} lang={values.language} rows={8} value={values.description} onChange={(e) => set('description', e.target.value)} />}
        </FormField>
        <FormField {...fields.field('whyToSolve')} description={t('bottleneck:fields.whyToSolveHint')}>
          {(control) => <TextArea {...control} lang={values.language} rows={4} value={values.whyToSolve} onChange={(e) => set('whyToSolve', e.target.value)} />}
        </FormField>
        <FormField {...fields.field('impact')} optionalLabel={t('forms:optional')} description={t('bottleneck:fields.impactHint')}>
          {(control) => <TextArea {...control} lang={values.language} rows={3} value={values.impact} onChange={(e) => set('impact', e.target.value)} />}
        </FormField>
        <FormField {...fields.field('type')} required>
          {(control) => (
            <Select {...control} value={values.type} onChange={(e) => set('type', e.target.value as BottleneckType)}>
              <BottleneckTypeOptions emptyLabel={t('forms:choose')} />
            </Select>
          )}
        </FormField>
        <FormField {...fields.field('expectedDurationMonths')} optionalLabel={t('forms:optional')} description={t('bottleneck:fields.monthsHint')}>
          {(control) => <TextInput {...control} inputMode="numeric" className="gp-input--short" value={values.expectedDurationMonths} onChange={(e) => set('expectedDurationMonths', e.target.value)} />}
        </FormField>
      </Fieldset>

      {mode === 'create' ? (
        <details className="gp-details">
          <summary className="gp-details__summary">{t('bottleneck:form.translations')}</summary>
          <p className="utrecht-paragraph">{t('bottleneck:form.translationsHint')}</p>
          {LANGUAGES.filter((l) => l !== values.language).map((l) => (
            <Fieldset key={l} legend={t('bottleneck:form.translationIn', { language: t(`common:languageName.${l}`) })}>
              <FormField {...translationField(l, 'title')} optionalLabel={t('forms:optional')}>
                {(control) => <TextInput {...control} lang={l} value={values.translations[l]?.title ?? ''} onChange={(e) => setTranslation(l, 'title', e.target.value)} />}
              </FormField>
              <FormField {...translationField(l, 'description')} optionalLabel={t('forms:optional')}>
                {(control) => <TextArea {...control} lang={l} rows={4} value={values.translations[l]?.description ?? ''} onChange={(e) => setTranslation(l, 'description', e.target.value)} />}
              </FormField>
            </Fieldset>
          ))}
        </details>
      ) : null}

      <div className="gp-form__actions">
        {mode === 'create' ? (
          <>
            <Button type="submit" appearance="primary" name="intent" value="submit" busy={busy}>
              {t('bottleneck:form.submit')}
            </Button>
            <Button type="submit" name="intent" value="draft" busy={busy}>
              {t('bottleneck:form.saveDraft')}
            </Button>
          </>
        ) : (
          <Button type="submit" appearance="primary" busy={busy}>
            {t('bottleneck:form.save')}
          </Button>
        )}
      </div>
      <p className="utrecht-paragraph gp-muted">{mode === 'create' ? t('bottleneck:form.submitHint') : t('bottleneck:form.editHint')}</p>
    </form>
  );
}

/** The translations given with a new bottleneck, as the API takes them (empty ones left out). */
export function translationInputs(values: BottleneckValues): Array<{ field: 'title' | 'description'; language: Language; text: string }> {
  return LANGUAGES.filter((l) => l !== values.language).flatMap((language) => {
    const tr = values.translations[language];
    const parts: Array<{ field: 'title' | 'description'; language: Language; text: string }> = [];
    if (tr?.title.trim()) parts.push({ field: 'title', language, text: tr.title });
    if (tr?.description.trim()) parts.push({ field: 'description', language, text: tr.description });
    return parts;
  });
}
