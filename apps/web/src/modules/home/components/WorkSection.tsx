import type { ReactNode } from 'react';
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

/** One block of the home page: heading with count, loading, error with retry, empty text, or its content. */
export function WorkSection({ id, title, count, loading, error, onRetry, empty, emptyText, actions, children, level = 2 }: Props) {
  const { t } = useTranslation('common');
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
