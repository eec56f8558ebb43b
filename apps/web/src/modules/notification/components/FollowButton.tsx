import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@grensportaal/web-ui';
import type { FollowableType } from '@web/gql/graphql';
import { useSetFollowing } from '@web/modules/notification/hooks/useSetFollowing';

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
  const { run: setFollowing, busy } = useSetFollowing();
  const toggle = () => setFollowing({ entityType, id, following: !followed }, t(followed ? `notification:follow.unfollowed.${entityType}` : `notification:follow.followed.${entityType}`));
  const button = (
    <Button appearance="secondary" busy={busy} aria-describedby={describedBy} onClick={() => void toggle()}>
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
