import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { ATTACHMENT_ACCEPT, isLanguage, type Language } from '@grensportaal/shared-domain';
import { Alert, Button, FormField, Heading, Paragraph, ProgressBar, Select, StatusBadge, TextArea, TextInput } from '@grensportaal/web-ui';
import { useFormMutation } from '@web/app/data/useFormMutation';
import { useFeedback } from '@web/app/feedback/FeedbackProvider';
import { useFormat } from '@web/app/format';
import { useFormFields } from '@web/app/forms/useFormFields';
import type { ApiProblem } from '@web/app/api-errors';
import { attachmentMaxMb } from '@web/app/runtime-config';
import type { AttachmentFieldsFragment, EntityType } from '@web/gql/graphql';
import { downloadFile } from '@web/modules/exchange/download';
import { InLanguage } from '@web/modules/text/components/Localized';
import { RemoveAttachmentMutation, RenameAttachmentMutation } from '../graphql/attachment.graphql';
import { uploadAttachment, type UploadOutcome } from '../upload';

const LANGUAGES: Language[] = ['nl', 'de', 'en'];

interface Props {
  entityType: EntityType;
  entityId: string;
  attachments: AttachmentFieldsFragment[];
  /** Fetches the item again after a change (the list comes with the item). */
  onChanged: () => void;
  /** The level of this section's own heading. */
  level?: 2 | 3 | 4;
}

/** The documents of an item: the list with download, rename and remove, and the upload of several files at once (drag and drop, or the file picker). */
export function Attachments({ entityType, entityId, attachments, onChanged, level = 2 }: Props) {
  const { t } = useTranslation(['attachment']);
  return (
    <div className="gp-attachments">
      {attachments.length === 0 ? <Paragraph>{t('attachment:none')}</Paragraph> : null}
      <ul className="gp-attachment-list">
        {attachments.map((a) => (
          <AttachmentItem key={a.id} attachment={a} onChanged={onChanged} />
        ))}
      </ul>
      <AttachmentUpload entityType={entityType} entityId={entityId} onChanged={onChanged} level={level} />
    </div>
  );
}

function AttachmentItem({ attachment: a, onChanged }: { attachment: AttachmentFieldsFragment; onChanged: () => void }) {
  const { t, i18n } = useTranslation(['attachment', 'errors', 'common']);
  const format = useFormat();
  const auth = useAuth();
  const { notify } = useFeedback();
  const [mode, setMode] = useState<'view' | 'rename' | 'remove'>('view');
  const [downloading, setDownloading] = useState(false);
  const remove = useFormMutation(RemoveAttachmentMutation);
  const titleId = useId();

  const download = async () => {
    setDownloading(true);
    try {
      await downloadFile(a.downloadPath, auth.user?.access_token, i18n.language, a.fileName);
    } catch (error) {
      const code = error instanceof Error ? error.message : 'INTERNAL_SERVER_ERROR';
      notify('error', t(`errors:${code}`, { name: a.fileName, defaultValue: t('common:state.error.network') }));
    } finally {
      setDownloading(false);
    }
  };

  const confirmRemove = async () => {
    const result = await remove.run({ input: { id: a.id, version: a.version } }, t('attachment:removed', { title: a.title }));
    if (result.ok) onChanged();
  };

  return (
    <li className="gp-attachment" aria-labelledby={titleId}>
      <p className="gp-attachment__title">
        <strong id={titleId}>
          <InLanguage language={a.language}>{a.title}</InLanguage>
        </strong>{' '}
        {a.scanStatus !== 'CLEAN' ? <StatusBadge tone={a.scanStatus === 'PENDING' ? 'info' : 'warning'}>{t(`attachment:scan.${a.scanStatus}`)}</StatusBadge> : null}
      </p>
      {a.description ? (
        <InLanguage as="p" language={a.language} className="utrecht-paragraph gp-multiline">
          {a.description}
        </InLanguage>
      ) : null}
      <p className="gp-muted">
        {t('attachment:meta', { fileName: a.fileName, size: format.bytes(a.size), name: a.author?.name ?? '', organisation: a.organisation?.name ?? '', date: format.dateTime(a.createdAt) })}
      </p>
      {mode === 'rename' ? (
        <RenameForm attachment={a} onDone={(changed) => (setMode('view'), changed ? onChanged() : undefined)} />
      ) : mode === 'remove' ? (
        <div className="gp-attachment__confirm" role="group" aria-label={t('attachment:removeConfirm', { title: a.title })}>
          <Paragraph>{t('attachment:removeConfirm', { title: a.title })}</Paragraph>
          <div className="gp-button-row">
            <Button appearance="primary" danger busy={remove.busy} onClick={() => void confirmRemove()}>
              {t('attachment:removeYes')}
            </Button>
            <Button onClick={() => setMode('view')} autoFocus>
              {t('attachment:cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="gp-button-row">
          {a.canDownload ? (
            <Button onClick={() => void download()} busy={downloading} aria-label={t('attachment:downloadNamed', { title: a.title })}>
              {t('attachment:download')}
            </Button>
          ) : null}
          {a.canChange ? (
            <>
              <Button appearance="subtle" onClick={() => setMode('rename')} aria-label={t('attachment:renameNamed', { title: a.title })}>
                {t('attachment:rename')}
              </Button>
              <Button appearance="subtle" onClick={() => setMode('remove')} aria-label={t('attachment:removeNamed', { title: a.title })}>
                {t('attachment:remove')}
              </Button>
            </>
          ) : null}
        </div>
      )}
    </li>
  );
}

function RenameForm({ attachment: a, onDone }: { attachment: AttachmentFieldsFragment; onDone: (changed: boolean) => void }) {
  const { t } = useTranslation(['attachment']);
  const [title, setTitle] = useState(a.title);
  const [description, setDescription] = useState(a.description ?? '');
  const [language, setLanguage] = useState<Language>(a.language);
  const rename = useFormMutation(RenameAttachmentMutation);
  const fields = useFormFields(rename.problem, { title: t('attachment:title'), description: t('attachment:description'), language: t('attachment:language') });

  const save = async () => {
    const result = await rename.run({ input: { id: a.id, version: a.version, title, description: description || null, language } }, t('attachment:renamed', { title }));
    if (result.ok) onDone(true);
  };

  return (
    <form
      className="gp-attachment__rename"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <DocumentFields title={title} description={description} language={language} onTitle={setTitle} onDescription={setDescription} onLanguage={setLanguage} fields={fields} />
      <div className="gp-button-row">
        <Button type="submit" appearance="primary" busy={rename.busy}>
          {t('attachment:save')}
        </Button>
        <Button onClick={() => onDone(false)}>{t('attachment:cancel')}</Button>
      </div>
    </form>
  );
}

interface DocumentFieldsProps {
  title: string;
  description: string;
  language: Language;
  onTitle: (v: string) => void;
  onDescription: (v: string) => void;
  onLanguage: (v: Language) => void;
  fields: ReturnType<typeof useFormFields<'title' | 'description' | 'language'>>;
}

/** Title, description and language of one document: the same fields when uploading and when renaming. */
function DocumentFields({ title, description, language, onTitle, onDescription, onLanguage, fields }: DocumentFieldsProps) {
  const { t } = useTranslation(['attachment', 'common']);
  return (
    <>
      <FormField {...fields.field('title')} required>
        {(control) => <TextInput {...control} value={title} onChange={(e) => onTitle(e.target.value)} maxLength={200} />}
      </FormField>
      <FormField {...fields.field('description')} description={t('attachment:descriptionHint')}>
        {(control) => <TextArea {...control} rows={2} value={description} onChange={(e) => onDescription(e.target.value)} />}
      </FormField>
      <FormField {...fields.field('language')}>
        {(control) => (
          <Select {...control} value={language} onChange={(e) => onLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`common:language.names.${l}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
    </>
  );
}

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

function AttachmentUpload({ entityType, entityId, onChanged, level }: { entityType: EntityType; entityId: string; onChanged: () => void; level: 2 | 3 | 4 }) {
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
