import { Paragraph } from './Typography';

interface LoadingStateProps {
  /** Already translated, e.g. "Loading…". */
  label: string;
}

/** A polite live region, so screen readers hear that content is on its way. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="gp-loading" role="status" aria-live="polite">
      <span className="gp-loading__spinner" aria-hidden="true" />
      <Paragraph>{label}</Paragraph>
    </div>
  );
}
