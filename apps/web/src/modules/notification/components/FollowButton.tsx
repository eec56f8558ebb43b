import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { useFeedback } from '@web/app/feedback/FeedbackProvider';
import { FollowBottleneckMutation, UnfollowBottleneckMutation } from '@web/modules/notification/graphql/notifications.graphql';

/** Follow a bottleneck to hear of its status changes (in the bell, and by e-mail as chosen). */
export function FollowButton({ bottleneckId, followed }: { bottleneckId: string; followed: boolean }) {
  const { t } = useTranslation('notification');
  const { notify } = useFeedback();
  const [follow, following] = useMutation(FollowBottleneckMutation);
  const [unfollow, unfollowing] = useMutation(UnfollowBottleneckMutation);
  const toggle = async () => {
    try {
      if (followed) await unfollow({ variables: { id: bottleneckId } });
      else await follow({ variables: { id: bottleneckId } });
      notify('ok', t(followed ? 'notification:follow.unfollowed' : 'notification:follow.followed'));
    } catch (e) {
      notify('error', apiProblem(e, t('notification:follow.failed')).message);
    }
  };
  return (
    <div className="gp-follow">
      <Button appearance="secondary" busy={following.loading || unfollowing.loading} onClick={() => void toggle()}>
        {t(followed ? 'notification:follow.unfollow' : 'notification:follow.follow')}
      </Button>
      {followed ? <Paragraph>{t('notification:follow.following')}</Paragraph> : null}
    </div>
  );
}
