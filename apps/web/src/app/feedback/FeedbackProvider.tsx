import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert, Button, type AlertType } from '@grensportaal/web-ui';

interface Notice {
  id: number;
  type: AlertType;
  message: string;
  /** The page it belongs to: it goes when the reader moves on (unless the move is the save it reports). */
  path: string;
}

interface Feedback {
  /** Says that something succeeded or failed, visibly and to screen readers. */
  notify: (type: AlertType, message: string) => void;
}

const FeedbackContext = createContext<Feedback>({ notify: () => undefined });

let nextId = 1;

/**
 * Holds the message of the last mutation; the region in the layout shows it.
 * A new message replaces the earlier one, so confirmations never stack, and
 * a message goes when the reader moves to another page, except on the move
 * that follows the save it reports (navigation state `saved`).
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const location = useLocation();
  const notify = useCallback((type: AlertType, message: string) => {
    setNotices([{ id: nextId++, type, message, path: window.location.pathname }]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((current) => current.filter((n) => n.id !== id)), []);
  useEffect(() => {
    const carried = Boolean((location.state as { saved?: boolean } | null)?.saved);
    setNotices((current) => {
      const next = carried ? current.map((n) => ({ ...n, path: location.pathname })) : current.filter((n) => n.path === location.pathname);
      return next.length === current.length && next.every((n, i) => n.path === current[i].path) ? current : next;
    });
  }, [location.pathname, location.state]);
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
 * A message stays on its page until dismissed or replaced by the next one.
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
