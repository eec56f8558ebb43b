import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '@grensportaal/web-ui';
import type { ActionStatus } from '@web/gql/graphql';

const TONES: Record<ActionStatus, Tone> = { PLANNED: 'neutral', IN_PROGRESS: 'info', ON_HOLD: 'warning', DONE: 'ok', CANCELLED: 'neutral' };

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation('register');
  return <StatusBadge tone={TONES[status]}>{t(`register:actionStatus.${status}`)}</StatusBadge>;
}
