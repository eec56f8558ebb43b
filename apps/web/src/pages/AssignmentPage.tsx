import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FollowButton } from '@web/modules/notification/components/FollowButton';
import { useFormFields } from '@web/app/forms/useFormFields';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ErrorState, FormField, Heading, LoadingState, Paragraph, TextArea } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { apiProblem } from '@web/app/api-errors';
import { ErrorSummary } from '@web/app/forms/ErrorSummary';
import { AFTER_SAVE, UnsavedChangesGuard } from '@web/app/forms/UnsavedChangesGuard';
import { useFormat } from '@web/app/format';
import { usePageTitle } from '@web/app/usePageTitle';
import { useScrollToHash } from '@web/app/useScrollToHash';
import { useAnswerAssignment } from '@web/modules/assignment/hooks/useAnswerAssignment';
import { useAssignment } from '@web/modules/assignment/hooks/useAssignment';
import { Attachments } from '@web/modules/attachment/components/Attachments';
import { AssignmentCard } from '@web/modules/assignment/components/AssignmentCard';
import { Localized } from '@web/modules/text/components/Localized';

/** Yes, no, or not yet known. */
const known = (value: boolean | null) => (value === true ? 'yes' : value === false ? 'no' : 'unknown');

/** A question to a ministry: its context, what was answered before, and (for the ministry asked) the answer form. */
export function AssignmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['assignment', 'bottleneck', 'borderEffects', 'forms', 'common', 'attachment']);
  usePageTitle(t('assignment:page.title'));
  const format = useFormat();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useAssignment({ id });
  const { run: answer, busy, problem } = useAnswerAssignment();
  const fields = useFormFields(problem, { text: t('assignment:page.answerLabel') });
  const [text, setText] = useState('');
  const question = data?.assignment;
  useScrollToHash(Boolean(question));

  if (loading && !data) return <LoadingState label={t('common:state.loading')} />;
  if (error && !data) return <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />;
  if (!question) {
    return (
      <>
        <Heading level={1}>{t('assignment:page.notFound')}</Heading>
        <Paragraph>
          <Link to={paths.home()} className="utrecht-link">
            {t('assignment:page.backHome')}
          </Link>
        </Paragraph>
      </>
    );
  }
  const canAnswer = question.availableTransitions.some((tr) => tr.transition === 'answer');
  const save = async () => {
    const result = await answer({ input: { id: question.id, version: question.version, language: format.language, text } }, t('assignment:page.saved'));
    if (result.ok) {
      setText('');
      void navigate(paths.home(), { state: AFTER_SAVE });
    }
  };

  return (
    <>
      <p className="gp-breadcrumb">
        <Link to={paths.home()} className="utrecht-link">
          {t('assignment:page.backHome')}
        </Link>
      </p>
      <Heading level={1}>{t('assignment:page.heading', { ministry: question.ministry.name })}</Heading>
      <FollowButton entityType="ASSIGNMENT" id={question.id} followed={question.followed} />
      {question.bottleneck ? (
        <section aria-labelledby="about-heading" className="gp-section">
          <Heading level={2} id="about-heading">
            {t('assignment:page.about')}
          </Heading>
          <Paragraph>
            <Link to={paths.bottleneck(question.bottleneck.reference)} className="utrecht-link">
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
      {question.consultation ? (
        <section aria-labelledby="about-heading" className="gp-section">
          <Heading level={2} id="about-heading">
            {t('assignment:page.aboutConsultation')}
          </Heading>
          <Paragraph>
            <Link to={paths.consultation(question.consultation.id)} className="utrecht-link">
              <Localized value={question.consultation.title} compact />
            </Link>{' '}
            — {question.consultation.ministry.name}, {t('assignment:page.consultationRound', { round: question.consultation.round.code })}
          </Paragraph>
          <dl className="gp-facts">
            <div>
              <dt>{t('borderEffects:field.borderRelevant')}</dt>
              <dd>{t(`borderEffects:answer.${known(question.consultation.borderRelevant)}`)}</dd>
            </div>
            <div>
              <dt>{t('borderEffects:field.testCarriedOut')}</dt>
              <dd>{t(`borderEffects:answer.${known(question.consultation.testCarriedOut)}`)}</dd>
            </div>
          </dl>
        </section>
      ) : null}
      <section aria-labelledby="question-heading" className="gp-section">
        <Heading level={2} id="question-heading">
          {t('assignment:page.question')}
        </Heading>
        <AssignmentCard assignment={question} onItsPage />
      </section>
      <section aria-labelledby="documents-heading" className="gp-section">
        <Heading level={2} id="documents-heading">
          {t('attachment:heading')}
        </Heading>
        <Attachments entityType="ASSIGNMENT" entityId={question.id} attachments={question.attachments} onChanged={() => void refetch()} level={3} />
      </section>
      {canAnswer ? (
        <section aria-labelledby="answer-heading" className="gp-section">
          <Heading level={2} id="answer-heading">
            {t('assignment:page.answerHeading')}
          </Heading>
          <ErrorSummary fields={fields} />
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
            noValidate
          >
            <UnsavedChangesGuard when={text.trim().length > 0 && !busy} />
            <FormField {...fields.field('text')} description={t('assignment:page.answerHint', { date: format.date(question.dueDate) })} required>
              {(control) => <TextArea {...control} rows={8} value={text} onChange={(e) => setText(e.target.value)} />}
            </FormField>
            <Button type="submit" appearance="primary" busy={busy}>
              {t('assignment:page.submit')}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
