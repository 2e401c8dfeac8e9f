"use client";

import { useEffect, useRef } from "react";

/**
 * A modal on the native <dialog> element: the browser traps focus, Esc closes it, the page behind is
 * inert. `onClose` runs on Esc and on the close button; the caller decides what closing means. Mark the
 * element that should take the focus with `data-autofocus`.
 */
export function ModalDialog({
  open,
  title,
  onClose,
  children,
  footer,
  width = "max-w-lg",
  testId,
  closable = true,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: React.ReactNode;
  footer?: React.ReactNode;
  width?: string;
  testId?: string;
  /** False for a decision the user must take (no close button; Esc does nothing but call onClose). */
  closable?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable element (the close button); prefer the one marked for it.
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      data-testid={testId}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className={`m-auto w-full ${width} rounded border border-gray-300 bg-white p-0 text-gray-900 shadow-xl backdrop:bg-gray-900/30`}
    >
      {open ? (
        <div className="flex max-h-[80vh] flex-col">
          <div className="flex items-center justify-between border-b border-gray-200 px-4 py-2.5">
            <h2 className="text-sm font-semibold">{title}</h2>
            {closable ? (
              <button type="button" onClick={onClose} className="rounded px-1.5 text-lg leading-none text-gray-500 hover:bg-gray-100" aria-label="关闭">
                ×
              </button>
            ) : null}
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-4 py-3 text-sm">{children}</div>
          {footer ? <div className="flex justify-end gap-2 border-t border-gray-200 px-4 py-2.5">{footer}</div> : null}
        </div>
      ) : null}
    </dialog>
  );
}
