import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Alert, Button, FormField, Select } from '@grensportaal/web-ui';
import { NamedSelect } from '@web/app/forms/NamedSelect';
import { useAgendas } from '@web/modules/agenda/hooks/useAgendas';

/** Step 1: the agenda, the texts' language and the sheet; the upload answers with the import's id. */
export function ImportUploadStep({ onUploaded }: { onUploaded: (id: string) => void }) {
  const { t, i18n } = useTranslation(['exchange', 'common', 'errors']);
  const auth = useAuth();
  const { agendas } = useAgendas();
  const [agenda, setAgenda] = useState('');
  const [language, setLanguage] = useState(i18n.language);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!agenda || !file) {
      setProblem(!agenda ? t('errors:validation.required', { field: t('exchange:import.agenda') }) : t('errors:validation.required', { field: t('exchange:import.file') }));
      return;
    }
    setBusy(true);
    try {
      const body = new FormData();
      body.set('agendaCode', agenda);
      body.set('language', language);
      body.set('file', file, file.name);
      const res = await fetch('/imports', { method: 'POST', body, headers: { authorization: `Bearer ${auth.user?.access_token ?? ''}`, 'accept-language': i18n.language } });
      const answer = (await res.json().catch(() => null)) as { id?: string; errors?: Array<{ message?: string }> } | null;
      if (!res.ok || !answer?.id) setProblem(answer?.errors?.[0]?.message ?? t('errors:INTERNAL_SERVER_ERROR'));
      else onUploaded(answer.id);
    } catch {
      setProblem(t('common:state.error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {problem ? (
        <Alert type="error" role="alert">
          {problem}
        </Alert>
      ) : null}
      <NamedSelect label={t('exchange:import.agenda')} value={agenda} onChange={setAgenda} options={agendas} required />
      <FormField label={t('exchange:import.language')}>
        {(control) => (
          <Select {...control} value={language} onChange={(e) => setLanguage(e.target.value)}>
            {['nl', 'de', 'en'].map((l) => (
              <option key={l} value={l}>
                {t(`common:language.names.${l}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('exchange:import.file')} description={t('exchange:import.fileHint')} required>
        {(control) => (
          <input
            {...control}
            type="file"
            className="utrecht-textbox gp-file-input"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </FormField>
      <Button type="submit" appearance="primary" busy={busy}>
        {busy ? t('exchange:import.reading') : t('exchange:import.upload')}
      </Button>
    </form>
  );
}
