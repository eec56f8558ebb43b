import { useFormMutation } from '@web/app/data/useFormMutation';
import { AnswerAssignmentMutation } from '../graphql/answer-assignment.mutation';

/** Answers a question put to your ministry. */
export const useAnswerAssignment = () => useFormMutation(AnswerAssignmentMutation);
