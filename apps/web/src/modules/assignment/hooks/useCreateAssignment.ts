import { useFormMutation } from '@web/app/data/useFormMutation';
import { CreateAssignmentMutation } from '../graphql/create-assignment.mutation';

/** Puts a question about a bottleneck to a ministry. */
export const useCreateAssignment = () => useFormMutation(CreateAssignmentMutation);
