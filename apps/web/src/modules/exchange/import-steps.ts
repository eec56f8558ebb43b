import type { ImportPlanFieldsFragment, ImportMappingInput } from '@web/gql/graphql';

/** An import's plan (dry run or commit) and the mapping it was made with. */
export type Plan = ImportPlanFieldsFragment;
export type Mapping = ImportMappingInput;
export interface Checked {
  plan: Plan;
  mapping: Mapping;
  fileName: string;
  agendaCode: string;
}
