import type { ReactNode } from 'react';
import { cx } from './Typography';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

interface AlertProps {
  type: AlertType;
  children: ReactNode;
  /** alert: interrupts a screen reader (errors); status: waits politely. Omit for a static notice. */
  role?: 'alert' | 'status';
  className?: string;
  id?: string;
  tabIndex?: number;
}

/** The NL Design System alert (utrecht-alert). */
export function Alert({ type, children, role, className, id, tabIndex }: AlertProps) {
  return (
    <div id={id} tabIndex={tabIndex} role={role} className={cx('utrecht-alert', `utrecht-alert--${type}`, 'gp-alert', className)}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
