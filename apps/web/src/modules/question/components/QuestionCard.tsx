import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, buttonClassName, Heading, StatusBadge } from '@grensportaal/web-ui';
import { useFormat } from '@web/app/format';
import type { AssignmentFieldsFragment } from '@web/gql/graphql';
import { Localized } from '@web/modules/text/components/Localized';
import { QuestionStatusBadge } from './QuestionStatusBadge';

// Loaded when first opened (the cards are on the first page after sign-in).
const QuestionTransitionDialog = lazy(() => import('./QuestionTransitionDialog').then((m) => ({ default: m.QuestionTransitionDialog })));

interface Props {
  question: AssignmentFieldsFragment;
  headingLevel?: 2 | 3 | 4;
  /** The bottleneck it is about (inboxes). */
  bottleneck?: { reference: string; title: Parameters<typeof Localized>[0]['value'] } | null;
}

/** A question to a ministry: due date, state, the answers so far, and the next step for whoever may take it. */
export function QuestionCard({ question, headingLevel = 3, bottleneck }: Props) {
  const { t } = useTranslation(['question', 'register']);
  const format = useFormat();
  const headingId = useId();
  const [transition, setTransition] = useState<AssignmentFieldsFragment['availableTransitions'][number] | null>(null);
  const canAnswer = question.availableTransitions.some((tr) => tr.transition === 'answer');
  const reviews = question.availableTransitions.filter((tr) => tr.transition !== 'answer');

  return (
    <article className="gp-card gp-question" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} className="gp-card__title">
        {t('question:to', { ministry: question.ministry.name })}
      </Heading>
      <p className="gp-badges">
        <QuestionStatusBadge status={question.status} />
        {question.overdue ? <StatusBadge tone="error">{t('question:overdue')}</StatusBadge> : null}
      </p>
      {bottleneck ? (
        <p className="utrecht-paragraph">
          <Link to={`/bottlenecks/${bottleneck.reference}`} className="utrecht-link">
            {bottleneck.reference}
          </Link>{' '}
          <Localized value={bottleneck.title} compact />
        </p>
      ) : null}
      <blockquote className="gp-quote">
        <Localized value={question.question} multiline />
      </blockquote>
      <dl className="gp-facts">
        <div>
          <dt>{t('question:due')}</dt>
          <dd>{format.date(question.dueDate)}</dd>
        </div>
        <div>
          <dt>{t('question:askedOn')}</dt>
          <dd>
            {format.date(question.createdAt)}
            {question.askedBy ? ` — ${question.askedBy.name}` : ''}
          </dd>
        </div>
      </dl>
      {question.answers.length ? (
        <section aria-label={t('question:answers')}>
          <ol className="gp-answers">
            {question.answers.map((a) => (
              <li key={a.id} className="gp-answer">
                <p className="gp-muted">
                  {t('question:answeredBy', { name: a.author?.name ?? '', date: format.date(a.createdAt) })} · {t(`question:review.${a.review}`)}
                </p>
                <div className="gp-quote">
                  <Localized value={a.text} multiline />
                </div>
                {a.returnReason ? <p className="utrecht-paragraph">{t('question:returnedBecause', { reason: a.returnReason })}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {question.statusReason && question.status === 'WITHDRAWN' ? <p className="utrecht-paragraph">{t('question:withdrawnBecause', { reason: question.statusReason })}</p> : null}
      <div className="gp-card__actions">
        {canAnswer ? (
          <Link to={`/questions/${question.id}`} className={buttonClassName('primary')} aria-describedby={headingId}>
            {t('question:answerOpen')}
          </Link>
        ) : null}
        {reviews.map((tr) => (
          <Button key={tr.transition} onClick={() => setTransition(tr)} danger={tr.transition === 'withdraw'} appearance={tr.transition === 'acceptAnswer' ? 'primary' : 'secondary'} aria-describedby={headingId}>
            {t(`question:transitionButton.${tr.transition}`)}
          </Button>
        ))}
      </div>
      <Suspense fallback={null}>{transition ? <QuestionTransitionDialog question={question} transition={transition} onClose={() => setTransition(null)} /> : null}</Suspense>
    </article>
  );
}
