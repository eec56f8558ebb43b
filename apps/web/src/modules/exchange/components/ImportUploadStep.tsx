import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@web/app/auth/AuthProvider';
import { Alert, Button } from '@grensportaal/web-ui';
import { NamedSelect } from '@web/app/forms/NamedSelect';
import { useAgendas } from '@web/modules/agenda/hooks/useAgendas';
import { SheetFields } from './SheetFields';

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
      <SheetFields languageLabel={t('exchange:import.language')} language={language} onLanguage={setLanguage} fileLabel={t('exchange:import.file')} fileHint={t('exchange:import.fileHint')} onFile={setFile} />
      <Button type="submit" appearance="primary" busy={busy}>
        {busy ? t('exchange:import.reading') : t('exchange:import.upload')}
      </Button>
    </form>
  );
}
