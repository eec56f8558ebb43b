import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading } from '@grensportaal/web-ui';
import type { ApiProblem } from '@web/app/api-errors';

/** Above a form: what is wrong, all at once; focus moves here so nobody misses it. */
export function ErrorSummary({ problem }: { problem: ApiProblem | null }) {
  const { t } = useTranslation('forms');
  const ref = useRef<HTMLDivElement>(null);
  const messages = problem ? Object.values(problem.fields) : [];
  useEffect(() => {
    if (messages.length) ref.current?.focus();
  }, [problem, messages.length]);
  if (!problem || messages.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="gp-error-summary">
      <Alert type="error" role="alert">
        <Heading level={2} className="gp-error-summary__title">
          {t('errorSummary', { count: messages.length })}
        </Heading>
        <ul className="utrecht-unordered-list">
          {messages.map((m) => (
            <li key={m} className="utrecht-unordered-list__item">
              {m}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
