import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Action } from '@api/modules/action/action.entity';
import { ActionService } from '@api/modules/action/action.service';
import { Assignment } from '@api/modules/assignment/assignment.entity';
import { AssignmentService } from '@api/modules/assignment/assignment.service';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { SaveThesaurusConceptInput } from './dto/thesaurus.input';
import { SearchArgs, SearchHit, SearchResults, SimilarBottlenecksArgs } from './search.models';
import { SearchService } from './search.service';
import { ThesaurusConceptRecord } from './thesaurus-concept.entity';
import { ThesaurusService } from './thesaurus.service';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly thesaurus: ThesaurusService,
    private readonly bottlenecks: BottleneckService,
    private readonly actions: ActionService,
    private readonly assignments: AssignmentService,
  ) {}

  @Roles(...ROLES)
  @Query(() => SearchResults, { name: 'search', description: 'Searches every text you may read (bottlenecks, actions, questions, answers, progress notes, comments) in every language.' })
  find(@Context() ctx: GraphQLContext, @Args() args: SearchArgs): Promise<SearchResults> {
    return this.search.search(ctx, args);
  }

  @Roles(...ROLES)
  @Query(() => [SearchHit], { description: 'Bottlenecks that look like the one whose title is being typed: to find a duplicate before logging it.' })
  similarBottlenecks(@Context() ctx: GraphQLContext, @Args() args: SimilarBottlenecksArgs): Promise<SearchHit[]> {
    return this.search.similarBottlenecks(ctx, args);
  }

  @Roles(...ROLES)
  @Query(() => [ThesaurusConceptRecord], { description: 'The search thesaurus: concepts whose words in nl, de and en a search treats as one.' })
  thesaurusConcepts(): Promise<ThesaurusConceptRecord[]> {
    return this.thesaurus.list();
  }

  @Roles('secretariat')
  @Mutation(() => ThesaurusConceptRecord, { description: 'Adds a concept to the search thesaurus or changes its words (secretariat).' })
  saveThesaurusConcept(@Context() ctx: GraphQLContext, @Args('input') input: SaveThesaurusConceptInput): Promise<ThesaurusConceptRecord> {
    return this.thesaurus.save(ctx, input);
  }

  @ResolveField(() => Bottleneck, { nullable: true, description: 'The bottleneck it belongs to, or (for an action) the first it addresses.' })
  bottleneck(hit: SearchHit, _args: unknown, ctx: GraphQLContext): Promise<Bottleneck | null> | null {
    return hit.pageBottleneckId ? this.bottlenecks.loader(ctx.loaders).load(hit.pageBottleneckId) : null;
  }

  @ResolveField(() => Action, { nullable: true, description: 'The action it is, or belongs to.' })
  action(hit: SearchHit, _args: unknown, ctx: GraphQLContext): Promise<Action | null> | null {
    return hit.actionId ? this.actions.loader(ctx.loaders).load(hit.actionId) : null;
  }

  @ResolveField(() => Assignment, { nullable: true, description: 'The question to a ministry it is, or belongs to.' })
  question(hit: SearchHit, _args: unknown, ctx: GraphQLContext): Promise<Assignment | null> | null {
    return hit.assignmentId ? this.assignments.loader(ctx.loaders).load(hit.assignmentId) : null;
  }
}
