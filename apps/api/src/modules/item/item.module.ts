import { Module } from '@nestjs/common';
import { ActionModule } from '@api/modules/action/action.module';
import { AssignmentModule } from '@api/modules/assignment/assignment.module';
import { BorderEffectsModule } from '@api/modules/border-effects/border-effects.module';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { ReadableItems } from './readable-items';

@Module({
  imports: [BottleneckModule, ActionModule, AssignmentModule, BorderEffectsModule],
  providers: [ReadableItems],
  exports: [ReadableItems],
})
export class ItemModule {}
