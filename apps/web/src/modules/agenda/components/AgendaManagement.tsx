import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@grensportaal/shared-domain';
import { Button, Dialog, Fieldset, FormField, Heading, Paragraph, TextInput } from '@grensportaal/web-ui';
import { ErrorSummary } from '@web/app/forms/ErrorSummary';
import { FormDialog } from '@web/app/forms/FormDialog';
import { NamedSelect } from '@web/app/forms/NamedSelect';
import { useFormFields, type FormFields } from '@web/app/forms/useFormFields';
import type { ApiProblem } from '@web/app/api-errors';
import type { AgendaQuery } from '@web/gql/graphql';
import { useOrganisations } from '@web/modules/organisation/hooks/useOrganisations';
import { useAddAgendaPartner } from '@web/modules/agenda/hooks/useAddAgendaPartner';
import { useAddTheme } from '@web/modules/agenda/hooks/useAddTheme';
import { useRemoveAgendaPartner } from '@web/modules/agenda/hooks/useRemoveAgendaPartner';
import { useRenameTheme } from '@web/modules/agenda/hooks/useRenameTheme';

type Agenda = NonNullable<AgendaQuery['agenda']>;
type Theme = Agenda['themes'][number];
type Names = { nl: string; de: string; en: string };

type NameKey = `names.${keyof Names}`;

/** The fields of a theme's names, labelled once for the fields and the error summary. */
function useNameFields(problem: ApiProblem | null): FormFields<NameKey> {
  const { t } = useTranslation(['agenda', 'common']);
  const label = (l: keyof Names) => t('agenda:manage.nameIn', { language: t(`common:languageName.${l}`) });
  return useFormFields(problem, { 'names.nl': label('nl'), 'names.de': label('de'), 'names.en': label('en') });
}

/** The three names of a theme, each marked with its language. */
function NameFields({ names, onChange, fields }: { names: Names; onChange: (names: Names) => void; fields: FormFields<NameKey> }) {
  return (
    <>
      {(['nl', 'de', 'en'] as const).map((l) => (
        <FormField key={l} {...fields.field(`names.${l}`)} required>
          {(control) => <TextInput {...control} lang={l} value={names[l]} maxLength={LIMITS.title} onChange={(e) => onChange({ ...names, [l]: e.target.value })} />}
        </FormField>
      ))}
    </>
  );
}

function RenameThemeDialog({ theme, onClose }: { theme: Theme; onClose: () => void }) {
  const { t } = useTranslation(['agenda', 'forms']);
  const [names, setNames] = useState<Names>({ nl: theme.names.nl, de: theme.names.de, en: theme.names.en });
  const { run: rename, busy, problem } = useRenameTheme();
  const fields = useNameFields(problem);
  const save = async () => {
    const result = await rename({ input: { id: theme.id, version: theme.version, names } }, t('agenda:manage.renamed'));
    if (result.ok) onClose();
  };
  return (
    <FormDialog
      isOpen
      onClose={onClose}
      title={t('agenda:manage.renameTitle', { theme: theme.name })}
      intro={problem?.code === 'CONFLICT' ? problem.message : undefined}
      fields={fields}
      busy={busy}
      submitLabel={t('agenda:manage.renameSubmit')}
      onSubmit={() => void save()}
    >
      <NameFields names={names} onChange={setNames} fields={fields} />
    </FormDialog>
  );
}

/** The secretariat manages an agenda's themes (named in three languages) and its partner organisations. */
export function AgendaManagement({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation(['agenda', 'organisation', 'forms']);
  const organisations = useOrganisations({});
  const [names, setNames] = useState<Names>({ nl: '', de: '', en: '' });
  const [renaming, setRenaming] = useState<Theme | null>(null);
  const [partner, setPartner] = useState('');
  const [removing, setRemoving] = useState<Agenda['partners'][number] | null>(null);
  const themeForm = useAddTheme();
  const themeFields = useNameFields(themeForm.problem);
  const partnerForm = useAddAgendaPartner();
  const removal = useRemoveAgendaPartner();
  const candidates = (organisations.data?.organisations ?? []).filter((o) => !agenda.partners.some((p) => p.code === o.code));

  return (
    <section aria-labelledby="manage-heading" className="gp-section gp-manage">
      <Heading level={2} id="manage-heading">
        {t('agenda:manage.title')}
      </Heading>
      <div className="gp-columns">
        <div>
          <Heading level={3}>{t('agenda:themes.heading')}</Heading>
          <ul className="gp-manage__list">
            {agenda.themes.map((th) => (
              <li key={th.id} className="gp-manage__item">
                <span>{th.name}</span>
                <Button appearance="subtle" onClick={() => setRenaming(th)}>
                  {t('agenda:manage.rename')}
                  <span className="gp-visually-hidden"> {th.name}</span>
                </Button>
              </li>
            ))}
          </ul>
          <ErrorSummary fields={themeFields} />
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void themeForm.run({ input: { agendaCode: agenda.code, names } }, t('agenda:manage.themeAdded')).then((r) => r.ok && setNames({ nl: '', de: '', en: '' }));
            }}
            noValidate
          >
            <Fieldset legend={t('agenda:manage.addTheme')}>
              <NameFields names={names} onChange={setNames} fields={themeFields} />
              <Button type="submit" busy={themeForm.busy}>
                {t('agenda:manage.addThemeSubmit')}
              </Button>
            </Fieldset>
          </form>
        </div>
        <div>
          <Heading level={3}>{t('agenda:partners.heading')}</Heading>
          <ul className="gp-manage__list">
            {agenda.partners.map((p) => (
              <li key={p.id} className="gp-manage__item">
                <span>
                  {p.name} <span className="gp-muted">· {t(`organisation:kind.${p.kind}`)}</span>
                </span>
                <Button appearance="subtle" danger onClick={() => setRemoving(p)}>
                  {t('agenda:manage.remove')}
                  <span className="gp-visually-hidden"> {p.name}</span>
                </Button>
              </li>
            ))}
          </ul>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void partnerForm
                .run({ agendaCode: agenda.code, organisationCode: partner }, t('agenda:manage.partnerAdded'))
                .then((r) => r.ok && setPartner(''));
            }}
            noValidate
          >
            <NamedSelect label={t('agenda:manage.addPartner')} description={t('agenda:manage.addPartnerHint')} value={partner} onChange={setPartner} options={candidates} />
            <Button type="submit" busy={partnerForm.busy} disabled={!partner}>
              {t('agenda:manage.addPartnerSubmit')}
            </Button>
          </form>
        </div>
      </div>
      {renaming ? <RenameThemeDialog theme={renaming} onClose={() => setRenaming(null)} /> : null}
      <Dialog isOpen={Boolean(removing)} onOpenChange={(open) => !open && !removal.busy && setRemoving(null)} title={t('agenda:manage.removeTitle', { organisation: removing?.name ?? '' })} role="alertdialog">
        <Paragraph>{t('agenda:manage.removeBody', { organisation: removing?.name ?? '', agenda: agenda.name })}</Paragraph>
        <div className="gp-dialog__actions">
          <Button
            appearance="primary"
            danger
            busy={removal.busy}
            onClick={() =>
              void removal
                .run({ agendaCode: agenda.code, organisationCode: removing!.code }, t('agenda:manage.partnerRemoved', { organisation: removing?.name ?? '' }))
                .then(() => setRemoving(null))
            }
          >
            {t('agenda:manage.removeConfirm')}
          </Button>
          <Button autoFocus onClick={() => setRemoving(null)} disabled={removal.busy}>
            {t('forms:cancel')}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
