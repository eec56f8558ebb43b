import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '@grensportaal/web-ui';
import { ErrorSummary } from './ErrorSummary';
import type { FormFields } from './useFormFields';

interface FormDialogProps {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  /** What the dialog is about (e.g. the item's title), above the form. */
  intro?: ReactNode;
  /** The form's fields, for the error summary. */
  fields: FormFields;
  busy: boolean;
  submitLabel: string;
  /** A destructive step (withdraw, cancel). */
  danger?: boolean;
  onSubmit: () => void;
  children?: ReactNode;
}

/**
 * A dialog holding one small form: what went wrong above it, the fields,
 * and submit / cancel. It cannot be closed while the request is under way.
 */
export function FormDialog({ isOpen, onClose, title, intro, fields, busy, submitLabel, danger, onSubmit, children }: FormDialogProps) {
  const { t } = useTranslation('forms');
  return (
    <Dialog isOpen={isOpen} onOpenChange={(open) => !open && !busy && onClose()} title={title}>
      {intro ? <div className="utrecht-paragraph">{intro}</div> : null}
      <ErrorSummary fields={fields} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        noValidate
      >
        {children}
        <div className="gp-dialog__actions">
          <Button type="submit" appearance="primary" busy={busy} danger={danger}>
            {submitLabel}
          </Button>
          <Button onClick={onClose} disabled={busy}>
            {t('forms:cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
