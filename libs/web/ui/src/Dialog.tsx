import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading as AriaHeading, Modal, ModalOverlay } from 'react-aria-components';

interface DialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: ReactNode;
  children: ReactNode;
  /** Escape and a click outside close it (not while saving, and not for a conflict the user must resolve). */
  isDismissable?: boolean;
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal dialog (react-aria): focus moves into it and stays there, Escape
 * closes it, and focus returns to what opened it.
 */
export function Dialog({ isOpen, onOpenChange, title, children, isDismissable = true, role = 'dialog' }: DialogProps) {
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={onOpenChange} isDismissable={isDismissable} isKeyboardDismissDisabled={!isDismissable} className="gp-dialog-overlay">
      <Modal className="gp-dialog">
        <AriaDialog role={role} className="gp-dialog__body">
          <AriaHeading slot="title" level={2} className="utrecht-heading-2 gp-dialog__title">
            {title}
          </AriaHeading>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
