import { useTranslation } from 'react-i18next';
import { TextInput, type FieldControlProps } from '@grensportaal/web-ui';

interface Props {
  control: FieldControlProps;
  value: string;
  onChange: (value: string) => void;
  max: number;
  lang?: string;
}

/**
 * A one-line text with a limit: nothing is cut off; a counter under it says
 * how many characters are left or how many too many (announced only near the
 * limit, so a screen reader is not interrupted at every key).
 */
export function CountedTextInput({ control, value, onChange, max, lang }: Props) {
  const { t } = useTranslation('forms');
  const counterId = `${control.id}-counter`;
  const left = max - value.length;
  return (
    <>
      <TextInput {...control} aria-describedby={[control['aria-describedby'], counterId].filter(Boolean).join(' ')} lang={lang} value={value} onChange={(e) => onChange(e.target.value)} />
      <p id={counterId} className={left < 0 ? 'gp-counter gp-counter--over' : 'gp-counter'} aria-live={left <= 20 ? 'polite' : 'off'}>
        {left >= 0 ? t('forms:counter.left', { count: left }) : t('forms:counter.over', { count: -left })}
      </p>
    </>
  );
}

/** The field error of a text over its limit, as the API words it. */
export function lengthProblem(field: string, value: string, max: number): Array<{ field: string; rule: string; params: Record<string, unknown> }> {
  return value.length > max ? [{ field, rule: 'maxLength', params: { max } }] : [];
}
