import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Heading, LoadingState, Paragraph } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';

interface Props {
  id: string;
  title: string;
  count?: number;
  loading: boolean;
  error?: unknown;
  onRetry: () => void;
  empty: boolean;
  emptyText: string;
  actions?: ReactNode;
  children: ReactNode;
  /** The heading level (2 on the home page, 3 inside an agenda's follow-up). */
  level?: 2 | 3;
}

const Reveal = createContext<((id: string, loading: boolean) => void) | null>(null);

/** How long the page waits for its slowest block before it shows the others anyway. */
const PATIENCE_MS = 3000;

/**
 * The blocks of a home page, shown together once each has loaded (or after a
 * few seconds): a block that arrives first does not get pushed down under the
 * reader by the ones that arrive after it. Until then one loading indicator.
 */
export function WorkSections({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const [loading, setLoading] = useState<Record<string, boolean>>({});
  const [impatient, setImpatient] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setImpatient(true), PATIENCE_MS);
    return () => clearTimeout(timer);
  }, []);
  const report = useCallback((id: string, busy: boolean) => setLoading((known) => (known[id] === busy ? known : { ...known, [id]: busy })), []);
  const states = Object.values(loading);
  const waiting = !impatient && (states.length === 0 || states.some(Boolean));
  return (
    <Reveal.Provider value={report}>
      {waiting ? <LoadingState label={t('common:state.loading')} /> : null}
      <div hidden={waiting}>{children}</div>
    </Reveal.Provider>
  );
}

/** One block of the home page: heading with count, loading, error with retry, empty text, or its content. */
export function WorkSection({ id, title, count, loading, error, onRetry, empty, emptyText, actions, children, level = 2 }: Props) {
  const { t } = useTranslation('common');
  const report = useContext(Reveal);
  useEffect(() => report?.(id, loading), [report, id, loading]);
  return (
    <section aria-labelledby={id} className="gp-section gp-work">
      <div className="gp-work__head">
        <Heading level={level} id={id}>
          {title}
          {count !== undefined ? <span className="gp-count"> ({count})</span> : null}
        </Heading>
        {actions}
      </div>
      {loading ? <LoadingState label={t('common:state.loading')} /> : null}
      {error ? <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={onRetry} /> : null}
      {!loading && !error && empty ? <Paragraph>{emptyText}</Paragraph> : null}
      {!loading && !error && !empty ? children : null}
    </section>
  );
}
