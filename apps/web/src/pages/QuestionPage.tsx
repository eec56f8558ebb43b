import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FollowButton } from '@web/modules/notification/components/FollowButton';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ErrorState, FormField, Heading, LoadingState, Paragraph, TextArea } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { ErrorSummary } from '@web/app/forms/ErrorSummary';
import { AFTER_SAVE, UnsavedChangesGuard } from '@web/app/forms/UnsavedChangesGuard';
import { useSubmit } from '@web/app/forms/useSubmit';
import { useFormat } from '@web/app/format';
import { usePageTitle } from '@web/app/usePageTitle';
import { AnswerAssignmentMutation } from '@web/modules/question/graphql/answer-assignment.mutation';
import { AssignmentQuery } from '@web/modules/question/graphql/assignment.query';
import { QuestionCard } from '@web/modules/question/components/QuestionCard';
import { Localized } from '@web/modules/text/components/Localized';

/** A question to a ministry: its context, what was answered before, and (for the ministry asked) the answer form. */
export function QuestionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['question', 'bottleneck', 'forms', 'common']);
  usePageTitle(t('question:page.title'));
  const format = useFormat();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(AssignmentQuery, { variables: { id } });
  const [answer] = useMutation(AnswerAssignmentMutation);
  const { submit, busy, problem } = useSubmit();
  const [text, setText] = useState('');
  const question = data?.assignment;

  if (loading && !data) return <LoadingState label={t('common:state.loading')} />;
  if (error && !data) return <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />;
  if (!question) {
    return (
      <>
        <Heading level={1}>{t('question:page.notFound')}</Heading>
        <Paragraph>
          <Link to="/home" className="utrecht-link">
            {t('question:page.backHome')}
          </Link>
        </Paragraph>
      </>
    );
  }
  const canAnswer = question.availableTransitions.some((tr) => tr.transition === 'answer');
  const save = async () => {
    const result = await submit(() => answer({ variables: { input: { id: question.id, version: question.version, language: format.language, text } } }), t('question:page.saved'));
    if (result.ok) {
      setText('');
      void navigate('/home', { state: AFTER_SAVE });
    }
  };

  return (
    <>
      <p className="gp-breadcrumb">
        <Link to="/home" className="utrecht-link">
          {t('question:page.backHome')}
        </Link>
      </p>
      <Heading level={1}>{t('question:page.heading', { ministry: question.ministry.name })}</Heading>
      <FollowButton entityType="ASSIGNMENT" id={question.id} followed={question.followed} />
      {question.bottleneck ? (
        <section aria-labelledby="about-heading" className="gp-section">
          <Heading level={2} id="about-heading">
            {t('question:page.about')}
          </Heading>
          <Paragraph>
            <Link to={`/bottlenecks/${question.bottleneck.reference}`} className="utrecht-link">
              {question.bottleneck.reference}
            </Link>{' '}
            <Localized value={question.bottleneck.title} /> — {question.bottleneck.reportingOrganisation.name}, {question.bottleneck.agenda.name}
          </Paragraph>
          {question.bottleneck.description ? (
            <div className="gp-quote">
              <Localized value={question.bottleneck.description} multiline />
            </div>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="question-heading" className="gp-section">
        <Heading level={2} id="question-heading">
          {t('question:page.question')}
        </Heading>
        <QuestionCard question={question} headingLevel={3} />
      </section>
      {canAnswer ? (
        <section aria-labelledby="answer-heading" className="gp-section">
          <Heading level={2} id="answer-heading">
            {t('question:page.answerHeading')}
          </Heading>
          <ErrorSummary problem={problem} />
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
            noValidate
          >
            <UnsavedChangesGuard when={text.trim().length > 0 && !busy} />
            <FormField label={t('question:page.answerLabel')} description={t('question:page.answerHint', { date: format.date(question.dueDate) })} error={problem?.fields['text']} required>
              {(control) => <TextArea {...control} rows={8} value={text} onChange={(e) => setText(e.target.value)} />}
            </FormField>
            <Button type="submit" appearance="primary" busy={busy}>
              {t('question:page.submit')}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
