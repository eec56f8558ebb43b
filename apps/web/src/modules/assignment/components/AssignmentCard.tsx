import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, buttonClassName, Heading, StatusBadge } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { useFormat } from '@web/app/format';
import type { AssignmentFieldsFragment } from '@web/gql/graphql';
import { Localized } from '@web/modules/text/components/Localized';
import { AssignmentStatusBadge } from './AssignmentStatusBadge';

// Loaded when first opened (the cards are on the first page after sign-in).
const AssignmentTransitionDialog = lazy(() => import('./AssignmentTransitionDialog').then((m) => ({ default: m.AssignmentTransitionDialog })));

interface Props {
  assignment: AssignmentFieldsFragment;
  headingLevel?: 2 | 3 | 4;
  /** What it is about (inboxes): the card then leads with it and the due date. */
  subject?: QuestionSubject | null;
  /** Name the ministry asked (an inbox of several ministries' questions). */
  showMinistry?: boolean;
  /** The card is on the question's own page: no heading of its own, no link to where the reader already is. */
  onItsPage?: boolean;
}

type LocalizedValue = Parameters<typeof Localized>[0]['value'];

/** What a question is about, as a card leads with it: a bottleneck (its reference), or a consultation (its screening round). */
export interface QuestionSubject {
  path: string;
  label: string;
  title: LocalizedValue;
}

/** The subject of a question from its bottleneck or consultation; null when the reader may not see it. */
export function questionSubject(q: {
  bottleneck?: { reference: string; title: LocalizedValue } | null;
  consultation?: { id: string; title: LocalizedValue; round: { code: string } } | null;
}): QuestionSubject | null {
  if (q.bottleneck) return { path: paths.bottleneck(q.bottleneck.reference), label: q.bottleneck.reference, title: q.bottleneck.title };
  if (q.consultation) return { path: paths.consultation(q.consultation.id), label: q.consultation.round.code, title: q.consultation.title };
  return null;
}

/** A question to a ministry (an assignment): due date, state, the answers so far, and the next step for whoever may take it. */
export function AssignmentCard({ assignment, headingLevel = 3, subject, showMinistry, onItsPage }: Props) {
  const { t } = useTranslation(['assignment', 'register']);
  const format = useFormat();
  const headingId = useId();
  const [transition, setTransition] = useState<AssignmentFieldsFragment['availableTransitions'][number] | null>(null);
  const canAnswer = !onItsPage && assignment.availableTransitions.some((tr) => tr.transition === 'answer');
  const reviews = assignment.availableTransitions.filter((tr) => tr.transition !== 'answer');

  return (
    <article className="gp-card gp-question" aria-labelledby={onItsPage ? undefined : headingId}>
      {onItsPage ? null : subject ? (
        <Heading level={headingLevel} id={headingId} className="gp-card__title">
          <Link to={subject.path} className="utrecht-link">
            {subject.label}
          </Link>{' '}
          <Localized value={subject.title} compact />
        </Heading>
      ) : (
        <Heading level={headingLevel} id={headingId} className="gp-card__title">
          {t('assignment:to', { ministry: assignment.ministry.name })}
        </Heading>
      )}
      <p className="gp-badges">
        <AssignmentStatusBadge status={assignment.status} />
        {assignment.overdue ? <StatusBadge tone="error">{t('assignment:overdue')}</StatusBadge> : null}
        {subject ? <span className="gp-question__due">{t('assignment:dueOn', { date: format.date(assignment.dueDate) })}</span> : null}
      </p>
      {subject && showMinistry ? <p className="gp-muted">{t('assignment:to', { ministry: assignment.ministry.name })}</p> : null}
      <blockquote className="gp-quote">
        <Localized value={assignment.question} multiline />
      </blockquote>
      <dl className="gp-facts">
        {subject ? null : (
          <div>
            <dt>{t('assignment:due')}</dt>
            <dd>{format.date(assignment.dueDate)}</dd>
          </div>
        )}
        <div>
          <dt>{t('assignment:askedOn')}</dt>
          <dd>
            {format.date(assignment.createdAt)}
            {assignment.askedBy ? ` — ${assignment.askedBy.name}` : ''}
          </dd>
        </div>
      </dl>
      {assignment.answers.length ? (
        <section aria-label={t('assignment:answers')}>
          <ol className="gp-answers">
            {assignment.answers.map((a) => (
              <li key={a.id} id={`answer-${a.id}`} className="gp-answer" tabIndex={-1}>
                <p className="gp-muted">
                  {t('assignment:answeredBy', { name: a.author?.name ?? '', date: format.date(a.createdAt) })} · {t(`assignment:review.${a.review}`)}
                </p>
                <div className="gp-quote">
                  <Localized value={a.text} multiline />
                </div>
                {a.returnReason ? <p className="utrecht-paragraph">{t('assignment:returnedBecause', { reason: a.returnReason })}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {assignment.statusReason && assignment.status === 'WITHDRAWN' ? <p className="utrecht-paragraph">{t('assignment:withdrawnBecause', { reason: assignment.statusReason })}</p> : null}
      <div className="gp-card__actions">
        {canAnswer ? (
          <Link to={paths.question(assignment.id)} className={buttonClassName('primary')} aria-describedby={headingId}>
            {t('assignment:answerOpen')}
          </Link>
        ) : null}
        {reviews.map((tr) => (
          <Button key={tr.transition} onClick={() => setTransition(tr)} danger={tr.transition === 'withdraw'} appearance={tr.transition === 'acceptAnswer' ? 'primary' : 'secondary'} aria-describedby={headingId}>
            {t(`assignment:transitionButton.${tr.transition}`)}
          </Button>
        ))}
      </div>
      <Suspense fallback={null}>{transition ? <AssignmentTransitionDialog assignment={assignment} transition={transition} onClose={() => setTransition(null)} /> : null}</Suspense>
    </article>
  );
}
