import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, type AlertType } from '@grensportaal/web-ui';

interface Notice {
  id: number;
  type: AlertType;
  message: string;
}

interface Feedback {
  /** Says that something succeeded or failed, visibly and to screen readers. */
  notify: (type: AlertType, message: string) => void;
}

const FeedbackContext = createContext<Feedback>({ notify: () => undefined });

let nextId = 1;

/** Holds the messages of the last mutations; the region in the layout shows them. */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const notify = useCallback((type: AlertType, message: string) => {
    setNotices((current) => [...current.slice(-2), { id: nextId++, type, message }]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((current) => current.filter((n) => n.id !== id)), []);
  const value = useMemo(() => ({ notify }), [notify]);
  return (
    <FeedbackContext.Provider value={value}>
      <NoticesContext.Provider value={{ notices, dismiss }}>{children}</NoticesContext.Provider>
    </FeedbackContext.Provider>
  );
}

const NoticesContext = createContext<{ notices: Notice[]; dismiss: (id: number) => void }>({ notices: [], dismiss: () => undefined });

export function useFeedback(): Feedback {
  return useContext(FeedbackContext);
}

/**
 * The live regions: successes are announced politely, errors assertively.
 * Messages stay until dismissed or replaced, so nobody misses one.
 */
export function FeedbackRegion() {
  const { notices, dismiss } = useContext(NoticesContext);
  const { t } = useTranslation('forms');
  const render = (list: Notice[]) =>
    list.map((n) => (
      <Alert key={n.id} type={n.type}>
        <span className="gp-notice">
          <span id={`notice-${n.id}`}>{n.message}</span>
          <Button appearance="subtle" onClick={() => dismiss(n.id)} aria-describedby={`notice-${n.id}`}>
            {t('forms:dismiss')}
          </Button>
        </span>
      </Alert>
    ));
  return (
    <div className="gp-feedback">
      <div role="status" aria-live="polite">
        {render(notices.filter((n) => n.type !== 'error'))}
      </div>
      <div role="alert" aria-live="assertive">
        {render(notices.filter((n) => n.type === 'error'))}
      </div>
    </div>
  );
}
