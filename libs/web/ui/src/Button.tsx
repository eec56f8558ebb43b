import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { cx } from './Typography';

export type ButtonAppearance = 'primary' | 'secondary' | 'subtle';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: ButtonAppearance;
  /** A destructive step (withdraw, reject). */
  danger?: boolean;
  /** Shows that the request is under way; the button stays focusable but does nothing. */
  busy?: boolean;
}

/** The NL Design System button (utrecht-button). Never a submit button unless asked. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { appearance = 'secondary', danger, busy, type = 'button', className, onClick, ...rest },
  ref,
) {
  return (
    <button
      {...rest}
      ref={ref}
      type={type}
      aria-busy={busy || undefined}
      onClick={busy ? (event) => event.preventDefault() : onClick}
      className={cx(
        'utrecht-button',
        `utrecht-button--${appearance === 'primary' ? 'primary-action' : appearance === 'secondary' ? 'secondary-action' : 'subtle'}`,
        danger && 'utrecht-button--danger',
        busy && 'utrecht-button--busy',
        type === 'submit' && 'utrecht-button--submit',
        className,
      )}
    />
  );
});

/** Class names for a link that looks like a button (router links in the app use these). */
export function buttonClassName(appearance: ButtonAppearance = 'secondary'): string {
  return cx('utrecht-button', `utrecht-button--${appearance === 'primary' ? 'primary-action' : appearance === 'secondary' ? 'secondary-action' : 'subtle'}`, 'gp-button-link');
}
