import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { Button, Dialog, Paragraph } from '@grensportaal/web-ui';

/** Navigation state that says "this leaves a form because it was saved": the guard lets it through. */
export const AFTER_SAVE = { saved: true } as const;

/**
 * Leaving a form with unsaved changes asks first: in the app (a dialog) and
 * when closing or reloading the tab (the browser's own question).
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const { t } = useTranslation('forms');
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname && !(nextLocation.state as { saved?: boolean } | null)?.saved,
  );

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  return (
    <Dialog isOpen={blocker.state === 'blocked'} onOpenChange={(open) => !open && blocker.reset?.()} title={t('unsaved.title')} role="alertdialog">
      <Paragraph>{t('unsaved.body')}</Paragraph>
      <div className="gp-dialog__actions">
        <Button appearance="primary" autoFocus onClick={() => blocker.reset?.()}>
          {t('unsaved.stay')}
        </Button>
        <Button danger onClick={() => blocker.proceed?.()}>
          {t('unsaved.leave')}
        </Button>
      </div>
    </Dialog>
  );
}
