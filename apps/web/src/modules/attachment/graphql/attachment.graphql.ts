import { graphql } from '@web/gql';

export const AttachmentFields = graphql(`
  fragment AttachmentFields on Attachment {
    id
    title
    description
    language
    fileName
    mediaType
    size
    scanStatus
    createdAt
    version
    canDownload
    canChange
    downloadPath
    author {
      id
      name
    }
    organisation {
      id
      name
    }
  }
`);

export const RenameAttachmentMutation = graphql(`
  mutation RenameAttachment($input: RenameAttachmentInput!) {
    renameAttachment(input: $input) {
      ...AttachmentFields
    }
  }
`);

export const RemoveAttachmentMutation = graphql(`
  mutation RemoveAttachment($input: RemoveAttachmentInput!) {
    removeAttachment(input: $input) {
      id
      removedAt
    }
  }
`);
