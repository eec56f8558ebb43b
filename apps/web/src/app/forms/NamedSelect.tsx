import { useTranslation } from 'react-i18next';
import { FormField, Select } from '@grensportaal/web-ui';

interface Props {
  id?: string;
  label: string;
  description?: string;
  error?: string | null;
  value: string;
  onChange: (code: string) => void;
  /** Agendas, themes or organisations: shown by name, chosen by code. */
  options: Array<{ code: string; name: string }>;
  /** Shown for no choice (default: "Choose…"). */
  emptyLabel?: string;
  required?: boolean;
  disabled?: boolean;
}

/** A labelled select of things that have a code and a name in the reader's language. */
export function NamedSelect({ id, label, description, error, value, onChange, options, emptyLabel, required, disabled }: Props) {
  const { t } = useTranslation('forms');
  return (
    <FormField id={id} label={label} description={description} error={error} required={required}>
      {(control) => (
        <Select {...control} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          <option value="">{emptyLabel ?? t('forms:choose')}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}
