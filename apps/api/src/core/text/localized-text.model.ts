import { Field, ObjectType } from '@nestjs/graphql';
import { Language, TranslationKind, TranslationStatus } from '@grensportaal/shared-domain';
import { LanguageEnum, TranslationKindEnum, TranslationStatusEnum } from '@api/core/graphql/shared-enums';
import { resolveText, StoredText } from './stored-text';

@ObjectType('TextVersion', { description: 'One language version of a text: the original or a translation with its provenance.' })
export class TextVersion {
  @Field(() => LanguageEnum)
  language!: Language;

  @Field()
  text!: string;

  @Field({ description: 'This is the text as its author wrote it.' })
  isOriginal!: boolean;

  @Field(() => TranslationKindEnum, { nullable: true, description: 'How the translation was made (null for the original).' })
  kind!: TranslationKind | null;

  @Field(() => String, { nullable: true, description: 'Who made or approved the translation.' })
  translatedBy!: string | null;

  @Field(() => Date, { nullable: true })
  translatedAt!: Date | null;

  @Field({ description: 'The original has changed since this translation was made.' })
  outdated!: boolean;
}

@ObjectType('LocalizedText', {
  description: "A text in the reader's language when there is a translation, else the original; says which language it is and whether the translation is missing or outdated.",
})
export class LocalizedText {
  @Field({ description: "The text to show: the reader's language if available, otherwise the original." })
  text!: string;

  @Field(() => LanguageEnum, { description: 'The language `text` is in (mark it up with lang= when it differs from the interface).' })
  language!: Language;

  @Field(() => LanguageEnum, { description: 'The language the author wrote in.' })
  sourceLanguage!: Language;

  @Field(() => TranslationStatusEnum)
  status!: TranslationStatus;

  @Field(() => [TextVersion], { description: 'The original and every translation, for editors and the "show original" view.' })
  versions!: TextVersion[];
}

export function toLocalizedText(stored: StoredText, reader: Language): LocalizedText {
  const resolved = resolveText(stored, reader);
  const versions: TextVersion[] = [
    { language: stored.lang, text: stored.text, isOriginal: true, kind: null, translatedBy: null, translatedAt: null, outdated: false },
    ...Object.entries(stored.tr).map(([language, t]) => ({
      language: language as Language,
      text: t!.text,
      isOriginal: false,
      kind: t!.kind,
      translatedBy: t!.byName,
      translatedAt: new Date(t!.at),
      outdated: t!.sourceHash !== stored.hash,
    })),
  ];
  return { text: resolved.text, language: resolved.language, sourceLanguage: stored.lang, status: resolved.status, versions };
}
