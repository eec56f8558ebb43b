import { useTranslation } from 'react-i18next';
import { useFormat } from '@web/app/format';
import type { BottleneckStatus, HistoryFieldsFragment } from '@web/gql/graphql';

const PATH: BottleneckStatus[] = ['DRAFT', 'SUBMITTED', 'IDENTIFICATION', 'ANALYSIS', 'ADVICE', 'DECISION', 'CLOSED'];

/** When the bottleneck last entered each status, from its history. */
function reachedAt(history: HistoryFieldsFragment[]): Map<string, string> {
  const reached = new Map<string, string>();
  for (const entry of [...history].reverse()) {
    const status = entry.changes.find((c) => c.field === 'status');
    if (status?.to) reached.set(JSON.parse(status.to) as string, entry.occurredAt);
  }
  return reached;
}

/** The lifecycle as an ordered list: steps passed (with their date), the current one, and those ahead. */
export function StatusTimeline({ status, history }: { status: BottleneckStatus; history: HistoryFieldsFragment[] }) {
  const { t } = useTranslation(['bottleneck', 'register']);
  const format = useFormat();
  const reached = reachedAt(history);
  const current = PATH.indexOf(status);
  return (
    <ol className="gp-timeline" aria-label={t('bottleneck:timeline.label')}>
      {PATH.map((step, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'ahead';
        const at = reached.get(step);
        return (
          <li key={step} className={`gp-timeline__step gp-timeline__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="gp-timeline__name">{t(`register:bottleneckStatus.${step}`)}</span>
            <span className="gp-timeline__when">
              {state === 'current' ? t('bottleneck:timeline.current') : state === 'done' ? t('bottleneck:timeline.done') : t('bottleneck:timeline.ahead')}
              {at && state !== 'ahead' ? ` · ${format.date(at)}` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
