import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';

interface ErrorStateProps {
  title: string;
  message: string;
  retryLabel?: string;
  onRetry?: () => void;
}

/** An error a person understands, with a way to try again. */
export function ErrorState({ title, message, retryLabel, onRetry }: ErrorStateProps) {
  return (
    <Alert type="error" role="alert" className="gp-error-state">
      <Heading2>{title}</Heading2>
      <Paragraph>{message}</Paragraph>
      {onRetry && retryLabel ? (
        <Button appearance="primary-action-button" onClick={onRetry}>
          {retryLabel}
        </Button>
      ) : null}
    </Alert>
  );
}
