import { parseDate, type CalendarDate } from '@internationalized/date';
import {
  Button as AriaButton,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog as AriaDialog,
  FieldError,
  Group,
  Heading as AriaHeading,
  I18nProvider,
  Label,
  Popover,
  Text,
} from 'react-aria-components';

interface DateFieldProps {
  /** The id of the date's input group, for links to it (an error summary). */
  id?: string;
  label: string;
  description?: string;
  /** A translated message from the API or the form. */
  error?: string | null;
  /** YYYY-MM-DD or null. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** YYYY-MM-DD: earlier days cannot be chosen. */
  min?: string;
  /** The interface locale, e.g. nl-NL, so day, month and year come in the reader's order. */
  locale: string;
  calendarLabel: string;
  previousLabel: string;
  nextLabel: string;
  required?: boolean;
}

function toCalendarDate(value: string | null): CalendarDate | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/** A date picker (react-aria): type the date segment by segment, or choose it from a calendar. */
export function DateField({ id, label, description, error, value, onChange, min, locale, calendarLabel, previousLabel, nextLabel, required }: DateFieldProps) {
  return (
    <I18nProvider locale={locale}>
      <DatePicker
        className="utrecht-form-field gp-form-field gp-date-field"
        value={toCalendarDate(value)}
        onChange={(date) => onChange(date ? date.toString() : null)}
        minValue={toCalendarDate(min ?? null) ?? undefined}
        isInvalid={Boolean(error)}
        isRequired={required}
        validationBehavior="aria"
      >
        <Label className="utrecht-form-label">{label}</Label>
        {description ? (
          <Text slot="description" className="utrecht-form-field-description">
            {description}
          </Text>
        ) : null}
        <Group id={id} className="gp-date-field__group">
          <DateInput className="utrecht-textbox gp-date-field__input">{(segment) => <DateSegment segment={segment} className="gp-date-field__segment" />}</DateInput>
          <AriaButton className="utrecht-button utrecht-button--secondary-action gp-date-field__button" aria-label={calendarLabel}>
            <span aria-hidden="true">▾</span>
          </AriaButton>
        </Group>
        {error ? <FieldError className="utrecht-form-field-error-message">{error}</FieldError> : null}
        <Popover className="gp-popover">
          <AriaDialog className="gp-calendar-dialog" aria-label={calendarLabel}>
            <Calendar className="gp-calendar">
              <header className="gp-calendar__header">
                <AriaButton slot="previous" className="utrecht-button utrecht-button--subtle" aria-label={previousLabel}>
                  <span aria-hidden="true">‹</span>
                </AriaButton>
                <AriaHeading className="gp-calendar__title" />
                <AriaButton slot="next" className="utrecht-button utrecht-button--subtle" aria-label={nextLabel}>
                  <span aria-hidden="true">›</span>
                </AriaButton>
              </header>
              <CalendarGrid className="gp-calendar__grid">{(date) => <CalendarCell date={date} className="gp-calendar__cell" />}</CalendarGrid>
            </Calendar>
          </AriaDialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}
