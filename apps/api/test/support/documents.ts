import { operation } from '../gql';

/**
 * The documents the test builders send, typed by codegen from the committed
 * schema (npm run test:integration generates apps/api/test/gql first).
 */
export const CreateBottleneckDocument = operation(`
  mutation TestCreateBottleneck($input: CreateBottleneckInput!) {
    createBottleneck(input: $input) { id reference status outcome version statusReason agenda { code } }
  }
`);

export const TransitionBottleneckDocument = operation(`
  mutation TestTransitionBottleneck($input: TransitionBottleneckInput!) {
    transitionBottleneck(input: $input) { id reference status outcome version statusReason agenda { code } }
  }
`);

export const CreateActionDocument = operation(`
  mutation TestCreateAction($input: CreateActionInput!) {
    createAction(input: $input) { id version status progress }
  }
`);

export const TransitionActionDocument = operation(`
  mutation TestTransitionAction($input: TransitionActionInput!) {
    transitionAction(input: $input) { id version status progress }
  }
`);

export const PostProgressDocument = operation(`
  mutation TestPostProgress($input: PostProgressInput!) {
    postProgress(input: $input) { id version status progress progressUpdates { id version } }
  }
`);

export const CreateAssignmentDocument = operation(`
  mutation TestCreateAssignment($input: CreateAssignmentInput!) {
    createAssignment(input: $input) { id version status }
  }
`);

export const AnswerAssignmentDocument = operation(`
  mutation TestAnswerAssignment($input: AnswerAssignmentInput!) {
    answerAssignment(input: $input) { id version status answers { id version } }
  }
`);

export const AddCommentDocument = operation(`
  mutation TestAddComment($input: AddCommentInput!) {
    addComment(input: $input) { id version }
  }
`);

export const LinkBottlenecksDocument = operation(`
  mutation TestLinkBottlenecks($input: LinkBottlenecksInput!) {
    linkBottlenecks(input: $input) { id links { id type bottleneck { id reference } } }
  }
`);
