import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@grensportaal/web-ui';
import { usePageTitle } from '@web/app/usePageTitle';
import { ImportDryRunStep } from '@web/modules/exchange/components/ImportDryRunStep';
import { ImportMappingStep } from '@web/modules/exchange/components/ImportMappingStep';
import { ImportUploadStep } from '@web/modules/exchange/components/ImportUploadStep';
import type { Checked } from '@web/modules/exchange/import-steps';

type Step = 'upload' | 'mapping' | 'dryRun' | 'done';

/**
 * The import of a partner's own sheet: upload, check how its columns and
 * words are read (and correct them), look at the dry run (nothing written),
 * then write it in one go. Each step's heading takes the focus when the
 * step opens, so a keyboard or screen-reader user starts reading there.
 */
export function ImportPage() {
  const { t } = useTranslation(['exchange', 'common', 'bottleneck', 'errors']);
  usePageTitle(t('exchange:import.title'));
  const [step, setStep] = useState<Step>('upload');
  const [id, setId] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);

  const stepTitle = { upload: t('exchange:import.step1'), mapping: t('exchange:import.step2'), dryRun: t('exchange:import.step3'), done: t('exchange:import.step4') }[step];
  return (
    <>
      <Heading level={1}>{t('exchange:import.title')}</Heading>
      <Paragraph lead>{t('exchange:import.intro')}</Paragraph>
      <ol className="gp-steps" aria-label={t('exchange:import.steps')}>
        {(['upload', 'mapping', 'dryRun', 'done'] as const).map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={s === step ? 'gp-steps__step gp-steps__step--current' : 'gp-steps__step'}>
            {t(`exchange:import.step${i + 1}`)}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1} className="utrecht-heading-2">
        {stepTitle}
      </h2>
      {step === 'upload' ? (
        <ImportUploadStep
          onUploaded={(uploaded) => {
            setId(uploaded);
            setStep('mapping');
          }}
        />
      ) : null}
      {step === 'mapping' && id ? (
        <ImportMappingStep
          id={id}
          onChecked={(result) => {
            setChecked(result);
            setStep('dryRun');
          }}
        />
      ) : null}
      {(step === 'dryRun' || step === 'done') && checked ? (
        <ImportDryRunStep
          checked={checked}
          done={step === 'done'}
          onBack={() => setStep('mapping')}
          onCommitted={(plan) => {
            setChecked({ ...checked, plan });
            setStep('done');
          }}
          onAgain={() => {
            setId(null);
            setChecked(null);
            setStep('upload');
          }}
        />
      ) : null}
    </>
  );
}
