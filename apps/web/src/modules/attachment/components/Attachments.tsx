import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@web/app/auth/AuthProvider';
import type { Language } from '@grensportaal/shared-domain';
import { Button, Paragraph, StatusBadge } from '@grensportaal/web-ui';
import { useFormMutation } from '@web/app/data/useFormMutation';
import { useFeedback } from '@web/app/feedback/FeedbackProvider';
import { useFormat } from '@web/app/format';
import { useFormFields } from '@web/app/forms/useFormFields';
import type { AttachmentFieldsFragment, EntityType } from '@web/gql/graphql';
import { downloadFile } from '@web/modules/exchange/download';
import { InLanguage } from '@web/modules/text/components/Localized';
import { RemoveAttachmentMutation, RenameAttachmentMutation } from '../graphql/attachment.graphql';
import { AttachmentUpload } from './AttachmentUpload';
import { DocumentFields } from './DocumentFields';

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
