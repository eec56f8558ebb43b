import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { BottleneckType, Language, SEARCH_FACET_FIELDS, SEARCH_KINDS, SEARCH_LIMITS, SearchFacetField, SearchKind } from '@grensportaal/shared-domain';
import { BottleneckTypeEnum, enumOf, LanguageEnum } from '@api/core/graphql/shared-enums';
import { PageArgs, PageInfo } from '@api/core/pagination/connection';
import { CodeField, EnumsField, IdField, IdsField, NestedField, TextField, WholeField } from '@api/core/validation/fields';

export const SearchKindEnum = enumOf(SEARCH_KINDS);
registerEnumType(SearchKindEnum, { name: 'SearchKind', description: 'What a search result is: a bottleneck, an action, a question to a ministry, an answer, a progress note or a comment.' });
export const SearchFacetFieldEnum = enumOf(SEARCH_FACET_FIELDS);
registerEnumType(SearchFacetFieldEnum, { name: 'SearchFacetField', description: 'What a facet of the search results counts by.' });


@InputType('SearchFilter', { description: 'Narrows a search; each list keeps results matching any of its values, the lists together all.' })
export class SearchFilter {
  @EnumsField(SearchKindEnum, 6, { optional: true }) kinds?: SearchKind[] | null;
  @IdsField(10, { optional: true, description: 'Agendas (ids).' }) agendaIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Statuses as KIND:STATUS, e.g. BOTTLENECK:ANALYSIS or ACTION:DONE.' })
  @IsOptional()
  @ArrayMaxSize(30, { context: { rule: 'arrayMaxSize', max: 30 } })
  @Matches(/^[A-Z]+:[A-Z_]+$/, { each: true, context: { rule: 'notAllowed' } })
  statuses?: string[] | null;
  @IdsField(30, { optional: true, description: 'Themes (ids).' }) themeIds?: string[] | null;
  @EnumsField(BottleneckTypeEnum, 10, { optional: true }) types?: BottleneckType[] | null;
  @IdsField(30, { optional: true, description: 'Organisations (ids): who reported, owns, answers or wrote it.' }) organisationIds?: string[] | null;
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @TextField(SEARCH_LIMITS.queryLength, { singleLine: true, description: 'What to look for: words (all must occur), "a phrase", -word to leave out, a or b.' }) query!: string;
  @NestedField(() => SearchFilter, { optional: true }) @IsOptional() filter?: SearchFilter | null;
}

@ArgsType()
export class SimilarBottlenecksArgs {
  @TextField(SEARCH_LIMITS.queryLength, { singleLine: true, description: 'The title being typed.' }) title!: string;
  @CodeField({ optional: true, description: 'Only bottlenecks of this agenda.' }) agendaCode?: string | null;
  @IdField({ optional: true, description: 'Leave this bottleneck out (the one being edited).' }) exceptId?: string | null;
  @WholeField(1, 10, { optional: true }) first?: number | null;
}

@ObjectType('SnippetPart', { description: 'A piece of a snippet; the pieces that matched the query are highlighted.' })
export class SnippetPart {
  @Field() text!: string;
  @Field() highlighted!: boolean;
}

@ObjectType('SearchHit', { description: 'One thing found: what it is, where it belongs, a highlighted snippet and the page that shows it.' })
export class SearchHit {
  @Field(() => ID) id!: string;
  @Field(() => SearchKindEnum) kind!: SearchKind;
  @Field(() => Float, { description: 'Relevance: text rank by field weight, times recency.' }) score!: number;
  @Field(() => LanguageEnum, { description: 'The language of the snippet.' }) language!: Language;
  @Field(() => [SnippetPart]) snippet!: SnippetPart[];
  @Field({ description: 'The page that shows it, with the place on the page where it has one (#comment-…).' }) path!: string;
  @Field(() => String, { nullable: true, description: 'The status of the item itself, where it has one.' }) status!: string | null;
  @Field() updatedAt!: Date;
  bottleneckId!: string | null;
  actionId!: string | null;
  assignmentId!: string | null;
  /** The bottleneck whose page shows it (for an action: the first bottleneck it addresses that the caller reads). */
  pageBottleneckId!: string | null;
}

@ObjectType('SearchFacetValue', { description: 'How many results have this value.' })
export class SearchFacetValue {
  @Field(() => SearchFacetFieldEnum) field!: SearchFacetField;
  @Field({ description: 'The value: a kind, KIND:STATUS, a bottleneck type, or an agenda, theme or organisation id.' }) value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('SearchResultEdge')
export class SearchResultEdge {
  @Field() cursor!: string;
  @Field(() => SearchHit) node!: SearchHit;
}

@ObjectType('SearchResults', { description: 'A page of search results with their facets.' })
export class SearchResults {
  @Field(() => [SearchResultEdge]) edges!: SearchResultEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Results matching the query and filter (at most the window, see capped).' }) totalCount!: number;
  @Field({ description: 'True when more matched than are ranked (SEARCH_WINDOW): then the most recent are ranked and counted; add words to narrow it.' }) capped!: boolean;
  @Field(() => [SearchFacetValue], { description: 'Counts per value of each facet; each facet counts under the other facets’ filters.' }) facets!: SearchFacetValue[];
  @Field(() => String, { nullable: true, description: 'When nothing was found: a spelling of the query that finds something.' }) didYouMean!: string | null;
  @Field(() => [String], { description: 'The words the thesaurus added in other languages (e.g. Grenzgänger for grensarbeider).' }) expandedWith!: string[];
}
