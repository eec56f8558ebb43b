import { useQuery } from '@apollo/client/react';
import type { QueryOptions } from '@web/app/data/query-options';
import type { OrganisationsQueryVariables } from '@web/gql/graphql';
import { OrganisationsQuery } from '../graphql/organisations.query';

/** Organisations, of one kind or all. */
export const useOrganisations = (variables: OrganisationsQueryVariables, options: QueryOptions = {}) => useQuery(OrganisationsQuery, { ...options, variables });
