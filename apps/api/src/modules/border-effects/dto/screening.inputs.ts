import { InputType } from '@nestjs/graphql';
import { ItemChangeInput, WholeField } from '@api/core/validation/fields';

@InputType({ description: 'Opens the screening round of a half-year (secretariat).' })
export class OpenScreeningRoundInput {
  @WholeField(2000, 2100) year!: number;
  @WholeField(1, 2, { description: '1: January to June; 2: July to December.' }) half!: number;
}

@InputType({ description: 'Closes an open round (every consultation in it screened) or reopens a closed one (secretariat).' })
export class ScreeningRoundChangeInput extends ItemChangeInput {}
