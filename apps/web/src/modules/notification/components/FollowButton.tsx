import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { useFeedback } from '@web/app/feedback/FeedbackProvider';
import type { FollowableType } from '@web/gql/graphql';
import { SetFollowingMutation } from '@web/modules/notification/graphql/notifications.graphql';

interface FollowButtonProps {
  entityType: FollowableType;
  id: string;
  followed: boolean;
  /** In a card: only the button, described by the card's heading. */
  describedBy?: string;
}

/** Follow a bottleneck, action or question to hear of its status changes (in the bell, and by e-mail as chosen). */
export function FollowButton({ entityType, id, followed, describedBy }: FollowButtonProps) {
  const { t } = useTranslation('notification');
  const { notify } = useFeedback();
  const [setFollowing, { loading }] = useMutation(SetFollowingMutation);
  const toggle = async () => {
    try {
      await setFollowing({ variables: { entityType, id, following: !followed } });
      notify('ok', t(followed ? `notification:follow.unfollowed.${entityType}` : `notification:follow.followed.${entityType}`));
    } catch (e) {
      notify('error', apiProblem(e, t('notification:follow.failed')).message);
    }
  };
  const button = (
    <Button appearance="secondary" busy={loading} aria-describedby={describedBy} onClick={() => void toggle()}>
      {t(followed ? 'notification:follow.unfollow' : 'notification:follow.follow')}
    </Button>
  );
  if (describedBy) return button;
  return (
    <div className="gp-follow">
      {button}
      {followed ? <Paragraph>{t(`notification:follow.following.${entityType}`)}</Paragraph> : null}
    </div>
  );
}
