/**
 * Page-level feedback of the settings screens: short toasts ("Role changed") and a
 * promise-based confirmation dialog (`await confirmAction({...})`). The toasts are rendered once
 * by the shell (the inbox uses them too), the dialog by Settings.svelte.
 */

export interface Toast {
  id: number;
  message: string;
  tone: 'success' | 'error';
}

class Toasts {
  items = $state<Toast[]>([]);
  private next = 1;

  show(message: string, tone: Toast['tone'] = 'success'): void {
    const id = this.next++;
    this.items = [...this.items.slice(-2), { id, message, tone }];
    setTimeout(() => this.dismiss(id), tone === 'error' ? 7000 : 3500);
  }

  dismiss(id: number): void {
    this.items = this.items.filter((t) => t.id !== id);
  }
}

export const toasts = new Toasts();

export interface ConfirmOptions {
  title: string;
  body: string;
  /** The confirming button, e.g. "Yes, deactivate". */
  confirmLabel: string;
  /** The declining button (default "Cancel"). */
  cancelLabel?: string;
  /** Red confirming button for destructive actions. */
  danger?: boolean;
}

interface PendingConfirm extends ConfirmOptions {
  resolve: (ok: boolean) => void;
}

class Confirmation {
  pending = $state<PendingConfirm | null>(null);

  ask(options: ConfirmOptions): Promise<boolean> {
    this.pending?.resolve(false);
    return new Promise((resolve) => {
      this.pending = { ...options, resolve };
    });
  }

  answer(ok: boolean): void {
    const pending = this.pending;
    this.pending = null;
    pending?.resolve(ok);
  }
}

export const confirmation = new Confirmation();

export function confirmAction(options: ConfirmOptions): Promise<boolean> {
  return confirmation.ask(options);
}
