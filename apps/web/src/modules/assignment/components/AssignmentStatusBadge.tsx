import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '@grensportaal/web-ui';
import type { AssignmentStatus } from '@web/gql/graphql';

const TONES: Record<AssignmentStatus, Tone> = { OPEN: 'info', ANSWERED: 'warning', ACCEPTED: 'ok', RETURNED: 'warning', WITHDRAWN: 'neutral' };

export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  const { t } = useTranslation('register');
  return <StatusBadge tone={TONES[status]}>{t(`register:assignmentStatus.${status}`)}</StatusBadge>;
}
