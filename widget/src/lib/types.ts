/** What the launcher (widget.js) and the lazily loaded chat chunk hand each other. Types only. */
import type { StartWidgetSessionMutation } from '../gql/graphql';

export type WidgetSession = Extract<StartWidgetSessionMutation['startWidgetSession'], { __typename: 'WidgetSession' }>;

export interface ChatHost {
  /** The widget's shadow root: the chat renders its panel (and its styles) into it. */
  shadow: ShadowRoot;
  /** `https://baton.example/graphql`, from the script's own origin. */
  endpoint: string;
  /** The session the launcher started. */
  session: WidgetSession;
  /** The current visitor token (renewed on navigation). */
  token(): string;
  /** Starts the session again (after the token was refused); null when that failed. */
  renewSession(): Promise<WidgetSession | null>;
  /** The panel closed (close button, Escape, `Baton.close()`). */
  onClose(returnFocus: boolean): void;
  /** Unread replies while the panel is closed. */
  onUnread(count: number): void;
}

export interface ChatController {
  open(): void;
  close(): void;
  /** A newer session (after navigation): switches conversation if it changed. */
  update(session: WidgetSession): void;
}

export type MountChat = (host: ChatHost) => ChatController;

declare global {
  interface Window {
    /** Set by the chat chunk when it has loaded; taken (and deleted) by the launcher. */
    BatonChat?: { mountChat: MountChat };
  }
}
