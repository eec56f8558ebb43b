import { Alert } from './Alert';
import { Button } from './Button';
import { Heading, Paragraph } from './Typography';

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
      <Heading level={2}>{title}</Heading>
      <Paragraph>{message}</Paragraph>
      {onRetry && retryLabel ? (
        <Button appearance="primary" onClick={onRetry}>
          {retryLabel}
        </Button>
      ) : null}
    </Alert>
  );
}
