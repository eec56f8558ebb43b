import { Module } from '@nestjs/common';
import { ActionModule } from '@api/modules/action/action.module';
import { AssignmentModule } from '@api/modules/assignment/assignment.module';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';
import { ThesaurusService } from './thesaurus.service';

/** One search over the whole register in nl, de and en, and its thesaurus. */
@Module({
  imports: [BottleneckModule, ActionModule, AssignmentModule],
  providers: [SearchService, ThesaurusService, SearchResolver],
  exports: [SearchService],
})
export class SearchModule {}
