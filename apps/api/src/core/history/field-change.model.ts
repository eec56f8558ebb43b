import { Field, ObjectType } from '@nestjs/graphql';
import { Language } from '@grensportaal/shared-domain';
import { LanguageEnum } from '@api/core/graphql/shared-enums';

@ObjectType('FieldChange', { description: 'One field of a change: its value before and after (JSON, null when empty).' })
export class FieldChangeModel {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON.' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON.' })
  to!: string | null;

  @Field(() => String, { nullable: true, description: "The value before as a reader reads it, in your language, where it names another record (a theme, an organisation, a person, a bottleneck); a bottleneck you may not see is mentioned without its reference." })
  fromText!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, read the same way.' })
  toText!: string | null;

  @Field(() => LanguageEnum, { nullable: true, description: 'For a translatable text: the language version that changed.' })
  language!: Language | null;
}
