import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';

export interface PickerOption {
  id: string;
  label: string;
  /** A language tag when the label is in another language than the interface. */
  lang?: string;
}

interface SearchPickerProps {
  /** The input's id, for links to it (an error summary). */
  id?: string;
  label: string;
  description?: string;
  error?: string | null;
  query: string;
  onQueryChange: (query: string) => void;
  options: PickerOption[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Shown in the list when the search finds nothing. */
  emptyLabel: string;
}

/**
 * A combobox that searches as you type (react-aria): arrow keys move
 * through the results, Enter picks one, Escape closes the list.
 */
export function SearchPicker({ id, label, description, error, query, onQueryChange, options, selectedId, onSelect, emptyLabel }: SearchPickerProps) {
  return (
    <ComboBox
      className="utrecht-form-field gp-form-field gp-picker"
      items={options}
      inputValue={query}
      onInputChange={onQueryChange}
      selectedKey={selectedId}
      onSelectionChange={(key) => onSelect(key === null ? null : String(key))}
      allowsEmptyCollection
      menuTrigger="input"
      isInvalid={Boolean(error)}
    >
      <Label className="utrecht-form-label">{label}</Label>
      {description ? (
        <Text slot="description" className="utrecht-form-field-description">
          {description}
        </Text>
      ) : null}
      <Input id={id} className="utrecht-textbox utrecht-textbox--html-input gp-picker__input" />
      {error ? (
        <Text slot="errorMessage" className="utrecht-form-field-error-message">
          {error}
        </Text>
      ) : null}
      <Popover className="gp-popover" placement="bottom start">
        <ListBox className="gp-picker__list" renderEmptyState={() => <p className="gp-picker__empty">{emptyLabel}</p>}>
          {(option: PickerOption) => (
            <ListBoxItem id={option.id} textValue={option.label} className="gp-picker__option">
              <span lang={option.lang}>{option.label}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
