import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { Code, Id, Text, Whole } from '@api/core/validation/rules';

/** A theme name in every working language (all three are required: every partner reads the agenda in theirs). */
@InputType()
export class ThemeNamesInput {
  @Field()
  @Text(200, { singleLine: true })
  nl!: string;

  @Field()
  @Text(200, { singleLine: true })
  de!: string;

  @Field()
  @Text(200, { singleLine: true })
  en!: string;
}

@InputType()
export class AddThemeInput {
  @Field()
  @Code()
  agendaCode!: string;

  @Field(() => ThemeNamesInput)
  @ValidateNested()
  @Type(() => ThemeNamesInput)
  names!: ThemeNamesInput;
}

@InputType()
export class RenameThemeInput {
  @Field(() => ID)
  @Id()
  id!: string;

  @Field(() => Int)
  @Whole(1, 2_147_483_647)
  version!: number;

  @Field(() => ThemeNamesInput)
  @ValidateNested()
  @Type(() => ThemeNamesInput)
  names!: ThemeNamesInput;
}
