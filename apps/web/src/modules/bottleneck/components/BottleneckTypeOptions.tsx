import { useTranslation } from 'react-i18next';
import { BOTTLENECK_TYPES } from '@grensportaal/shared-domain';

/** The kinds of bottleneck as a select's options, after an empty first one ("choose", or "all" in a filter). */
export function BottleneckTypeOptions({ emptyLabel }: { emptyLabel: string }) {
  const { t } = useTranslation('register');
  return (
    <>
      <option value="">{emptyLabel}</option>
      {BOTTLENECK_TYPES.map((type) => (
        <option key={type} value={type}>
          {t(`register:bottleneckType.${type}`)}
        </option>
      ))}
    </>
  );
}
