import { InputType } from '@nestjs/graphql';
import { CodeField, ItemChangeInput, NestedField, TextField } from '@api/core/validation/fields';

/** A theme name in every working language (all three are required: every partner reads the agenda in theirs). */
@InputType()
export class ThemeNamesInput {
  @TextField(200, { singleLine: true }) nl!: string;
  @TextField(200, { singleLine: true }) de!: string;
  @TextField(200, { singleLine: true }) en!: string;
}

@InputType()
export class AddThemeInput {
  @CodeField() agendaCode!: string;
  @NestedField(() => ThemeNamesInput) names!: ThemeNamesInput;
}

@InputType()
export class RenameThemeInput extends ItemChangeInput {
  @NestedField(() => ThemeNamesInput) names!: ThemeNamesInput;
}
