import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@web/app/auth/AuthProvider';
import { ATTACHMENT_ACCEPT, isLanguage, type Language } from '@grensportaal/shared-domain';
import { Alert, Button, FormField, Heading, Paragraph, ProgressBar } from '@grensportaal/web-ui';
import type { ApiProblem } from '@web/app/api-errors';
import { useFeedback } from '@web/app/feedback/FeedbackProvider';
import { useFormat } from '@web/app/format';
import { useFormFields } from '@web/app/forms/useFormFields';
import { attachmentMaxMb } from '@web/app/runtime-config';
import type { EntityType } from '@web/gql/graphql';
import { uploadAttachment, type UploadOutcome } from '../upload';
import { DocumentFields } from './DocumentFields';

/** A file chosen for upload, with what the user typed for it and how its upload goes. */
interface Pending {
  key: number;
  file: File;
  title: string;
  description: string;
  language: Language;
  progress: number | null;
  outcome: UploadOutcome | null;
}

let nextKey = 1;

export function AttachmentUpload({ entityType, entityId, onChanged, level }: { entityType: EntityType; entityId: string; onChanged: () => void; level: 2 | 3 | 4 }) {
  const { t, i18n } = useTranslation(['attachment', 'common', 'errors']);
  const auth = useAuth();
  const { notify } = useFeedback();
  const format = useFormat();
  const [pending, setPending] = useState<Pending[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const uiLanguage: Language = isLanguage(i18n.language) ? i18n.language : 'en';

  const add = (files: FileList | null) => {
    if (!files?.length) return;
    const chosen = [...files].map((file) => ({ key: nextKey++, file, title: file.name.replace(/\.[^.]+$/, ''), description: '', language: uiLanguage, progress: null, outcome: null }));
    // Files uploaded before leave the list when new ones are chosen; refused ones stay, with what was typed for them.
    setPending((current) => [...current.filter((p) => !p.outcome?.ok), ...chosen]);
    if (input.current) input.current.value = '';
  };
  const change = (key: number, patch: Partial<Pending>) => setPending((current) => current.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  const waiting = pending.filter((p) => !p.outcome?.ok);

  const uploadAll = async () => {
    setBusy(true);
    let attached = 0;
    for (const p of pending.filter((x) => !x.outcome?.ok)) {
      // Too large is known before a byte is sent: the same words as the API's refusal.
      if (p.file.size > attachmentMaxMb * 1024 * 1024) {
        const message = t('errors:ATTACHMENT_TOO_LARGE', { name: p.file.name, max: attachmentMaxMb });
        change(p.key, { progress: null, outcome: { ok: false, problem: { code: 'ATTACHMENT_TOO_LARGE', message, fields: {}, changedFields: [], currentVersion: null } } });
        continue;
      }
      change(p.key, { progress: 0, outcome: null });
      const outcome = await uploadAttachment(
        { entityType, entityId, title: p.title, description: p.description, language: p.language, file: p.file },
        { token: auth.user?.access_token, language: i18n.language, networkMessage: t('common:state.error.network') },
        (share) => change(p.key, { progress: share }),
      );
      change(p.key, { outcome, progress: outcome.ok ? 100 : null });
      if (outcome.ok) {
        attached++;
        notify('ok', outcome.scanStatus === 'PENDING' ? t('attachment:attachedHeld', { title: p.title }) : t('attachment:attached', { title: p.title }));
      }
    }
    setBusy(false);
    if (attached) onChanged();
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };

  return (
    <section className="gp-attachment-upload" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {t('attachment:addHeading')}
      </Heading>
      <div
        className={`gp-dropzone${dragging ? ' gp-dropzone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Paragraph>{t('attachment:dropHint')}</Paragraph>
        <FormField label={t('attachment:choose')} description={t('attachment:rules', { max: attachmentMaxMb })}>
          {(control) => <input {...control} ref={input} type="file" multiple className="utrecht-textbox gp-file-input" accept={ATTACHMENT_ACCEPT} onChange={(e) => add(e.target.files)} />}
        </FormField>
      </div>
      {pending.length ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void uploadAll();
          }}
        >
          <ol className="gp-attachment-pending">
            {pending.map((p) => (
              <PendingFile key={p.key} pending={p} busy={busy} onChange={(patch) => change(p.key, patch)} onDrop={() => setPending((c) => c.filter((x) => x.key !== p.key))} size={format.bytes(p.file.size)} />
            ))}
          </ol>
          {waiting.length ? (
            <Button type="submit" appearance="primary" busy={busy}>
              {t('attachment:upload', { count: waiting.length })}
            </Button>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}

function PendingFile({ pending: p, busy, onChange, onDrop, size }: { pending: Pending; busy: boolean; onChange: (patch: Partial<Pending>) => void; onDrop: () => void; size: string }) {
  const { t } = useTranslation(['attachment']);
  const problem = p.outcome && !p.outcome.ok ? p.outcome.problem : null;
  const fields = useFormFields(problem, { title: t('attachment:title'), description: t('attachment:description'), language: t('attachment:language') });
  const headingId = useId();
  return (
    <li className="gp-attachment-pending__item" aria-labelledby={headingId}>
      <p id={headingId} className="gp-attachment__title">
        <strong>{p.file.name}</strong> <span className="gp-muted">({size})</span>
      </p>
      {p.outcome?.ok ? (
        <>
          <ProgressBar value={100} label={t('attachment:progress', { name: p.file.name })} valueText="100 %" />
          <Paragraph>{p.outcome.scanStatus === 'PENDING' ? t('attachment:attachedHeld', { title: p.title }) : t('attachment:attached', { title: p.title })}</Paragraph>
        </>
      ) : (
        <PendingFields pending={p} busy={busy} problem={problem} fields={fields} onChange={onChange} onDrop={onDrop} />
      )}
    </li>
  );
}

function PendingFields({ pending: p, busy, problem, fields, onChange, onDrop }: { pending: Pending; busy: boolean; problem: ApiProblem | null; fields: ReturnType<typeof useFormFields<'title' | 'description' | 'language'>>; onChange: (patch: Partial<Pending>) => void; onDrop: () => void }) {
  const { t } = useTranslation(['attachment']);
  return (
    <>
      {problem && !Object.keys(problem.fields).length ? (
        <Alert type="error" role="alert">
          {problem.message}
        </Alert>
      ) : null}
      <DocumentFields
        title={p.title}
        description={p.description}
        language={p.language}
        onTitle={(title) => onChange({ title })}
        onDescription={(description) => onChange({ description })}
        onLanguage={(language) => onChange({ language })}
        fields={fields}
      />
      {p.progress !== null ? <ProgressBar value={p.progress} label={t('attachment:progress', { name: p.file.name })} valueText={`${p.progress} %`} /> : null}
      {!busy ? (
        <Button appearance="subtle" onClick={onDrop} aria-label={t('attachment:dropFileNamed', { name: p.file.name })}>
          {t('attachment:dropFile')}
        </Button>
      ) : null}
    </>
  );
}
