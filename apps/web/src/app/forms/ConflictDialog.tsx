import { useTranslation } from 'react-i18next';
import { Button, Dialog, Paragraph } from '@grensportaal/web-ui';

export interface ConflictChange {
  field: string;
  label: string;
  /** What is stored now (someone else's change). */
  theirs: string;
  /** What this user typed. */
  yours: string;
}

interface ConflictDialogProps {
  isOpen: boolean;
  changes: ConflictChange[];
  /** Save over the newest version with the user's text (they saw what changed). */
  onKeepMine: () => void;
  /** Drop the user's edits of the changed fields and take what is stored now. */
  onTakeTheirs: () => void;
}

/**
 * Someone else saved first. Shows, per field they changed, what is stored
 * now next to what this user typed; nothing the user typed is lost unless
 * they choose to take the other version.
 */
export function ConflictDialog({ isOpen, changes, onKeepMine, onTakeTheirs }: ConflictDialogProps) {
  const { t } = useTranslation('forms');
  return (
    <Dialog isOpen={isOpen} onOpenChange={() => undefined} title={t('conflict.title')} isDismissable={false} role="alertdialog">
      <Paragraph>{t('conflict.body')}</Paragraph>
      {changes.length ? (
        <dl className="gp-conflict" data-testid="conflict-fields">
          {changes.map((c) => (
            <div key={c.field} className="gp-conflict__field">
              <dt>{c.label}</dt>
              <dd>
                <span className="gp-muted">{t('conflict.theirs')}</span> <span className="gp-multiline">{c.theirs || t('conflict.empty')}</span>
              </dd>
              <dd>
                <span className="gp-muted">{t('conflict.yours')}</span> <span className="gp-multiline">{c.yours || t('conflict.empty')}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <Paragraph>{t('conflict.choose')}</Paragraph>
      <div className="gp-dialog__actions">
        <Button appearance="primary" autoFocus onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </Button>
        <Button onClick={onTakeTheirs}>{t('conflict.takeTheirs')}</Button>
      </div>
    </Dialog>
  );
}
