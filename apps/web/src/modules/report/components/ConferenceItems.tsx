import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONFERENCE_PURPOSES, paths, type ConferencePurpose } from '@grensportaal/shared-domain';
import { Button, DataTable, Fieldset, FormField, Select, type Column } from '@grensportaal/web-ui';
import { ErrorSummary } from '@web/app/forms/ErrorSummary';
import { useFormFields } from '@web/app/forms/useFormFields';
import type { ConferenceFieldsFragment } from '@web/gql/graphql';
import { InLanguage, Localized } from '@web/modules/text/components/Localized';
import { ConferenceCandidatesQuery } from '../graphql/report.graphql';
import { useAddConferenceItem, useRemoveConferenceItem } from '../hooks/useReportMutations';
import { DecideItemDialog } from './DecideItemDialog';

type Item = ConferenceFieldsFragment['items'][number];

/** The bottleneck reference an item is known by (an action's: that of its first bottleneck). */
function itemReference(item: Item): string {
  return item.reference ?? '';
}

function itemTitle(item: Item) {
  return item.bottleneck?.title ?? item.action?.title ?? null;
}

/** Puts a bottleneck or an action of the agenda to the conference, with the reason it is put there. */
function AddItemForm({ conference, agendaCode }: { conference: ConferenceFieldsFragment; agendaCode: string }) {
  const { t } = useTranslation(['report', 'register', 'forms']);
  const { data } = useQuery(ConferenceCandidatesQuery, { variables: { agendaCode } });
  const [subject, setSubject] = useState('');
  const [purpose, setPurpose] = useState<ConferencePurpose>('DECISION');
  const { run, busy, problem } = useAddConferenceItem();
  const fields = useFormFields(problem, { bottleneckId: t('report:conferences.item'), actionId: t('report:conferences.item'), purpose: t('report:conferences.purpose') });
  const taken = new Set(conference.items.map((i) => i.bottleneck?.id ?? i.action?.id));
  const bottlenecks = (data?.bottlenecks.edges ?? []).map((e) => e.node).filter((b) => !taken.has(b.id));
  const actions = (data?.actions.edges ?? []).map((e) => e.node).filter((a) => !taken.has(a.id));
  const add = async () => {
    const [kind, id] = subject.split(':');
    const result = await run(
      { input: { conferenceId: conference.id, purpose, ...(kind === 'a' ? { actionId: id } : { bottleneckId: id || null }) } },
      t('report:conferences.itemAdded'),
    );
    if (result.ok) setSubject('');
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
      noValidate
    >
      <ErrorSummary fields={fields} />
      <Fieldset legend={t('report:conferences.addItem')}>
        <FormField {...fields.field('bottleneckId')} required>
          {(control) => (
            <Select {...control} value={subject} onChange={(e) => setSubject(e.target.value)}>
              <option value="">{t('forms:choose')}</option>
              <optgroup label={t('report:conferences.bottlenecks')}>
                {bottlenecks.map((b) => (
                  <option key={b.id} value={`b:${b.id}`}>
                    {b.reference} · {b.title.text} ({t(`register:bottleneckStatus.${b.status}`)})
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('report:conferences.actions')}>
                {actions.map((a) => (
                  <option key={a.id} value={`a:${a.id}`}>
                    {a.bottlenecks[0]?.reference ?? ''} · {a.title.text} ({t(`register:actionStatus.${a.status}`)})
                  </option>
                ))}
              </optgroup>
            </Select>
          )}
        </FormField>
        <FormField {...fields.field('purpose')} required>
          {(control) => (
            <Select {...control} value={purpose} onChange={(e) => setPurpose(e.target.value as ConferencePurpose)}>
              {CONFERENCE_PURPOSES.map((p) => (
                <option key={p} value={p}>
                  {t(`report:purposeLabel.${p}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit" busy={busy}>
          {t('report:conferences.addItemSubmit')}
        </Button>
      </Fieldset>
    </form>
  );
}

/** The items put to a conference: what, why, and what was decided; the secretariat records decisions once it is held. */
export function ConferenceItems({ conference, agendaCode, canManage }: { conference: ConferenceFieldsFragment; agendaCode: string; canManage: boolean }) {
  const { t } = useTranslation(['report', 'register']);
  const [deciding, setDeciding] = useState<Item | null>(null);
  const removal = useRemoveConferenceItem();
  const held = conference.status === 'HELD';
  const columns: Array<Column<Item>> = [
    {
      key: 'reference',
      header: t('report:item.reference'),
      rowHeader: true,
      cell: (i) => (itemReference(i) ? <Link to={paths.bottleneck(itemReference(i))} className="utrecht-link">{itemReference(i)}</Link> : '–'),
    },
    { key: 'title', header: t('report:item.title'), cell: (i) => <>{i.action ? `${t('report:item.action')}: ` : ''}<Localized value={itemTitle(i)} compact /></> },
    { key: 'purpose', header: t('report:conferences.purpose'), cell: (i) => t(`report:purposeLabel.${i.purpose}`) },
    {
      key: 'decision',
      header: t('report:conferences.decision'),
      cell: (i) =>
        i.decision ? (
          <>
            <strong>{t(`report:decision.${i.decision}`)}</strong>
            {i.note ? <InLanguage language={i.noteLanguage} as="p">{i.note}</InLanguage> : null}
          </>
        ) : (
          t(held ? 'report:conferences.noDecision' : 'report:conferences.notYetHeld')
        ),
    },
  ];
  const planned = conference.status === 'PLANNED';
  if (canManage) {
    columns.push({
      key: 'manage',
      header: t('report:conferences.manage'),
      cell: (i) => {
        const subject = `${itemReference(i)} ${itemTitle(i)?.text ?? ''}`.trim();
        return (
          <span className="gp-card__actions">
            {held ? (
              <Button onClick={() => setDeciding(i)}>
                {t('report:conferences.decide')}
                <span className="gp-visually-hidden"> {subject}</span>
              </Button>
            ) : null}
            {planned ? (
              <Button appearance="subtle" danger busy={removal.busy} onClick={() => void removal.run({ id: i.id }, t('report:conferences.itemRemoved'))}>
                {t('report:conferences.removeItem')}
                <span className="gp-visually-hidden"> {subject}</span>
              </Button>
            ) : null}
          </span>
        );
      },
    });
  }
  return (
    <>
      {conference.items.length ? (
        <DataTable caption={t('report:conferences.itemsCaption', { place: conference.place })} columns={columns} rows={conference.items} rowKey={(i) => i.id} />
      ) : (
        <p className="utrecht-paragraph">{t('report:conferences.noItems')}</p>
      )}
      {canManage && planned ? <AddItemForm conference={conference} agendaCode={agendaCode} /> : null}
      {deciding ? <DecideItemDialog item={deciding} subject={`${itemReference(deciding)} ${itemTitle(deciding)?.text ?? ''}`.trim()} onClose={() => setDeciding(null)} /> : null}
    </>
  );
}
