import { forwardRef, useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { cx } from './Typography';

/** What a field hands its control so label, description and error are announced with it. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
}

interface FormFieldProps {
  /** The control's id, for links to it (an error summary); generated when left out. */
  id?: string;
  label: ReactNode;
  /** E.g. "(optional)", already translated; shown after the label. */
  optionalLabel?: string;
  description?: ReactNode;
  /** A translated message; the field is marked invalid while it is set. */
  error?: string | null;
  required?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** The NL Design System form field: label, description, error message and the control, tied together by ids. */
export function FormField({ id: given, label, optionalLabel, description, error, required, className, children }: FormFieldProps) {
  const generated = useId();
  const id = given ?? generated;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('utrecht-form-field', 'utrecht-form-field--text', error && 'utrecht-form-field--invalid', 'gp-form-field', className)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {optionalLabel ? <span className="gp-form-field__optional"> {optionalLabel}</span> : null}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, required })}</div>
    </div>
  );
}

export const TextInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function TextInput({ className, ...rest }, ref) {
  return <input type="text" {...rest} ref={ref} className={cx('utrecht-textbox', 'utrecht-textbox--html-input', rest['aria-invalid'] && 'utrecht-textbox--invalid', className)} />;
});

export const TextArea = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>(function TextArea({ className, rows = 5, ...rest }, ref) {
  return <textarea rows={rows} {...rest} ref={ref} className={cx('utrecht-textarea', 'utrecht-textarea--html-textarea', rest['aria-invalid'] && 'utrecht-textarea--invalid', className)} />;
});

export const Select = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(function Select({ className, ...rest }, ref) {
  return <select {...rest} ref={ref} className={cx('utrecht-select', 'utrecht-select--html-select', rest['aria-invalid'] && 'utrecht-select--invalid', className)} />;
});

interface FieldsetProps {
  id?: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | null;
  children: ReactNode;
  className?: string;
}

/** A group of controls under one legend (choices, or a form section). */
export function Fieldset({ id: given, legend, description, error, children, className }: FieldsetProps) {
  const generated = useId();
  const id = given ?? generated;
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={given} aria-describedby={describedBy} className={cx('utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', error && 'utrecht-form-fieldset--invalid', 'gp-fieldset', className)}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description ? (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
      {children}
    </fieldset>
  );
}

interface ChoicesProps<V extends string> {
  /** The id of the group, for links to it (an error summary). */
  id?: string;
  /** The question the choices answer (the legend). */
  label: ReactNode;
  name: string;
  options: Array<{ value: V; label: ReactNode; description?: ReactNode }>;
  value: V | null;
  onChange: (value: V) => void;
  error?: string | null;
}

/** Radio buttons in a fieldset: one choice out of a few, all visible. */
export function Choices<V extends string>({ id: groupId, label, name, options, value, onChange, error }: ChoicesProps<V>) {
  const id = useId();
  return (
    <Fieldset id={groupId} legend={label} error={error}>
      {options.map((option) => (
        <div key={option.value} className="utrecht-form-field utrecht-form-field--radio gp-choice">
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            className="utrecht-radio-button utrecht-radio-button--html-input"
            aria-invalid={error ? true : undefined}
          />
          <label htmlFor={`${id}-${option.value}`} className="utrecht-form-label utrecht-form-label--radio">
            {option.label}
            {option.description ? <span className="gp-choice__description">{option.description}</span> : null}
          </label>
        </div>
      ))}
    </Fieldset>
  );
}
