import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading } from '@grensportaal/web-ui';
import type { FormFields } from './useFormFields';

/** Moves focus to the control of a field: the field itself, or the first control inside it (a date's first segment). */
function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const control = element.matches('input, select, textarea, button') ? element : element.querySelector<HTMLElement>('input, select, textarea, [role="spinbutton"], [tabindex="0"]');
  (control ?? element).focus();
  element.scrollIntoView({ block: 'center' });
}

/** Above a form: everything that is wrong, all at once, each a link to its field; focus moves here so nobody misses it. */
export function ErrorSummary({ fields }: { fields: FormFields }) {
  const { t } = useTranslation('forms');
  const ref = useRef<HTMLDivElement>(null);
  const items = fields.summary;
  const shown = items.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [fields.problem, shown]);
  if (items.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="gp-error-summary">
      <Alert type="error" role="alert">
        <Heading level={2} className="gp-error-summary__title">
          {t('errorSummary', { count: items.length })}
        </Heading>
        <ul className="utrecht-unordered-list">
          {items.map((item) => (
            <li key={`${item.id ?? ''}${item.message}`} className="utrecht-unordered-list__item">
              {item.id ? (
                <a
                  className="utrecht-link"
                  href={`#${item.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(item.id!);
                  }}
                >
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
