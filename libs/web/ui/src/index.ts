import './tokens.css';
import './components.css';

export { Alert, type AlertType } from './Alert';
export { Button, buttonClassName, type ButtonAppearance, type ButtonProps } from './Button';
export { DateField } from './DateField';
export { Dialog } from './Dialog';
export { BarChart, DataTable, ProgressBar, StatusBadge, type Column, type Tone } from './Display';
export { ErrorState } from './ErrorState';
export { FigureChart, type FigureDatum } from './FigureChart';
export { Choices, Fieldset, FormField, Select, TextArea, TextInput, type FieldControlProps } from './Form';
export { LoadingState } from './LoadingState';
export { SearchPicker, type PickerOption } from './SearchPicker';
export { cx, Heading, Paragraph } from './Typography';
