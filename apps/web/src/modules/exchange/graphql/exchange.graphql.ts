import { graphql } from '@web/gql';

export const StartExportMutation = graphql(`
  mutation StartExport($input: StartExportInput!) {
    startExport(input: $input) {
      id
      total
      status
    }
  }
`);

export const ExportProgressQuery = graphql(`
  query ExportProgress($id: ID!) {
    exportRecord(id: $id) {
      id
      total
      rowsWritten
      status
    }
  }
`);

export const ImportPreviewQuery = graphql(`
  query ImportPreview($id: ID!) {
    importPreview(id: $id) {
      id
      fileName
      agendaCode
      sheet
      headerRow
      dataRows
      defaultInstrument
      columns {
        index
        heading
        field
        example
      }
      values {
        kind
        value
        count
        target
      }
      fields {
        key
        label
      }
      options {
        kind
        value
        label
      }
    }
  }
`);


/** What an import did or would do, row by row (the dry run and the commit answer the same). */
export const ImportPlanFields = graphql(`
  fragment ImportPlanFields on ImportPlan {
    id
    committed
    created
    updated
    unchanged
    refused
    skipped
    rows {
      sheet
      row
      outcome
      reference
      title
      actions
      notes
      problems {
        row
        column
        rule
        message
      }
    }
  }
`);

export const DryRunImportMutation = graphql(`
  mutation DryRunImport($input: ImportMappingInput!) {
    dryRunImport(input: $input) {
      ...ImportPlanFields
    }
  }
`);

export const CommitImportMutation = graphql(`
  mutation CommitImport($input: ImportMappingInput!) {
    commitImport(input: $input) {
      ...ImportPlanFields
    }
  }
`);
