import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '@grensportaal/web-ui';
import type { BottleneckOutcome, BottleneckStatus } from '@web/gql/graphql';

const TONES: Record<BottleneckStatus, Tone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'warning',
  IDENTIFICATION: 'info',
  ANALYSIS: 'info',
  ADVICE: 'info',
  DECISION: 'warning',
  CLOSED: 'ok',
};

export function BottleneckStatusBadge({ status, outcome }: { status: BottleneckStatus; outcome?: BottleneckOutcome | null }) {
  const { t } = useTranslation('register');
  return (
    <StatusBadge tone={TONES[status]}>
      {t(`register:bottleneckStatus.${status}`)}
      {outcome ? ` · ${t(`register:bottleneckOutcome.${outcome}`)}` : ''}
    </StatusBadge>
  );
}
