import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import type { DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useSubmit, type SubmitResult } from '@web/app/forms/useSubmit';

/**
 * A mutation as a form sends it: `run(variables, success)` says how it went
 * (success in the feedback region, field errors and conflicts back to the
 * form, anything else as an error message) and returns the result's data.
 * What is on screen is fetched again afterwards (the client's defaults, or
 * the queries named in `refetchQueries`). Every feature hook for a mutation
 * is this, for its own document.
 */
export function useFormMutation<TData, TVariables extends OperationVariables>(document: TypedDocumentNode<TData, TVariables>, options: { refetchQueries?: string[] } = {}) {
  // Typed through `run` below; Apollo's own overloads cannot follow a generic document.
  const [mutate] = useMutation<TData, OperationVariables>(document as DocumentNode, options);
  const { submit, busy, problem, clearProblem } = useSubmit();
  const run = useCallback(
    (variables: TVariables, success?: string): Promise<SubmitResult<TData>> =>
      submit(async () => {
        const result = await mutate({ variables });
        return result.data as TData;
      }, success),
    [mutate, submit],
  );
  return { run, busy, problem, clearProblem };
}
