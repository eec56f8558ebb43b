import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblem, type ApiProblem } from '@web/app/api-errors';
import { useFeedback } from '@web/app/feedback/FeedbackProvider';

export type SubmitResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

/**
 * Runs a mutation and says how it went: success in the feedback region;
 * field errors stay with the form (it shows them at the fields); a conflict
 * goes back to the form (it opens the conflict dialog); anything else is an
 * error message in the feedback region. Nothing fails silently.
 */
export function useSubmit() {
  const { notify } = useFeedback();
  const { t } = useTranslation('common');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const submit = useCallback(
    async <T>(work: () => Promise<T>, success?: string): Promise<SubmitResult<T>> => {
      setBusy(true);
      setProblem(null);
      try {
        const data = await work();
        if (success) notify('ok', success);
        return { ok: true, data };
      } catch (error) {
        const found = apiProblem(error, t('state.error.network'));
        setProblem(found);
        if (Object.keys(found.fields).length === 0 && found.code !== 'CONFLICT') notify('error', found.message);
        return { ok: false, problem: found };
      } finally {
        setBusy(false);
      }
    },
    [notify, t],
  );

  return { submit, busy, problem, clearProblem: () => setProblem(null) };
}
