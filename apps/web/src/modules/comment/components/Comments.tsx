import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormField, TextArea } from '@grensportaal/web-ui';
import { splitMentions } from '@grensportaal/shared-domain';
import { useFormat } from '@web/app/format';
import { useFormFields } from '@web/app/forms/useFormFields';
import type { CommentFieldsFragment, EntityType } from '@web/gql/graphql';
import { useAddComment } from '@web/modules/comment/hooks/useAddComment';
import { InLanguage } from '@web/modules/text/components/Localized';

/** The discussion on an item, oldest first, each comment in its author's language; and a form to add one. */
export function Comments({ entityType, entityId, comments }: { entityType: EntityType; entityId: string; comments: CommentFieldsFragment[] }) {
  // Who reads it: those who may see the bottleneck, or — a consultation is public — every signed-in user.
  const { t } = useTranslation(['comment', 'common']);
  const format = useFormat();
  const [body, setBody] = useState('');
  const { run: add, busy, problem } = useAddComment();
  const fields = useFormFields(problem, { body: t('comment:add') });

  const save = async () => {
    const result = await add({ input: { entityType, entityId, language: format.language, body } }, t('comment:saved'));
    if (result.ok) setBody('');
  };

  return (
    <div className="gp-comments">
      {comments.length === 0 ? <p className="utrecht-paragraph">{t('comment:none')}</p> : null}
      <ol className="gp-comment-list">
        {comments.map((c) => (
          <li key={c.id} id={`comment-${c.id}`} className="gp-comment" tabIndex={-1}>
            <p className="gp-muted">
              {t('comment:by', { name: c.author?.name ?? '', organisation: c.organisation?.name ?? '', date: format.dateTime(c.createdAt) })}
            </p>
            <InLanguage as="p" language={c.language} className="utrecht-paragraph gp-multiline">
              <WithMentions comment={c} />
            </InLanguage>
          </li>
        ))}
      </ol>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        noValidate
      >
        <FormField {...fields.field('body')} description={t(entityType === 'CONSULTATION' ? 'comment:addHintEveryone' : 'comment:addHint')} required>
          {(control) => <TextArea {...control} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />}
        </FormField>
        <Button type="submit" busy={busy}>
          {t('comment:submit')}
        </Button>
      </form>
    </div>
  );
}

/** The comment's text with each @mention of a known person highlighted and named (who, of which organisation). */
function WithMentions({ comment }: { comment: CommentFieldsFragment }) {
  const people = new Map(comment.mentioned.map((p) => [p.username.toLowerCase(), p]));
  return (
    <>
      {splitMentions(comment.body).map((part, i) => {
        const person = part.username ? people.get(part.username) : undefined;
        if (!person) return part.text;
        return (
          <span key={i} className="gp-mention" title={[person.name, person.organisation?.name].filter(Boolean).join(', ')}>
            @{person.name}
            {person.organisation ? <span className="gp-visually-hidden">, {person.organisation.name}</span> : null}
          </span>
        );
      })}
    </>
  );
}
