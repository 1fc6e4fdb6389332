/** Words both front ends show for the same facts (the widget to visitors, the inbox to the team). */
import type { Typing } from './conversation-stream.js';

export type HandoffTrigger = 'BUTTON' | 'EXPLICIT_REQUEST' | 'LOW_CONFIDENCE' | 'FRUSTRATION' | 'SENSITIVE';

/** Why a handoff happened, in a few words. */
export const triggerLabel: Readonly<Record<HandoffTrigger, string>> = {
  BUTTON: 'Pressed a button',
  EXPLICIT_REQUEST: 'Asked for a person',
  LOW_CONFIDENCE: 'Assistant unsure',
  FRUSTRATION: 'Frustrated',
  SENSITIVE: 'Sensitive topic',
};

/**
 * Why a handoff happened: `triggerLabel`, except that a SENSITIVE one names its topic
 * ("Sensitive: Fraud or unauthorised payments") and a BUTTON one the button pressed
 * ("Pressed: Request a return") when they are known. Unknown triggers as they are.
 */
export function handoffReason(trigger: string, topicName?: string | null, actionLabel?: string | null): string {
  if (trigger === 'SENSITIVE' && topicName) return `Sensitive: ${topicName}`;
  if (trigger === 'BUTTON' && actionLabel) return `Pressed: ${actionLabel}`;
  return (triggerLabel as Record<string, string>)[trigger] ?? trigger;
}

/** "Anna is typing…" (a teammate, to the visitor), "Visitor is typing…" (to the team). */
export function typingLabel(typing: Typing): string {
  if (typing.authorKind === 'VISITOR') return 'Visitor is typing…';
  return `${typing.name ?? 'A teammate'} is typing…`;
}

/** The notice when a teammate takes the conversation. */
export function joinedLabel(name: string): string {
  return `${name} joined the chat`;
}

/** "1 minute", "5 minutes": a wait rounded up to whole minutes, at least one. */
export function minutesLabel(seconds: number): string {
  const n = Math.max(1, Math.ceil(seconds / 60));
  return `${n} minute${n === 1 ? '' : 's'}`;
}

/** The first option of a single-choice field without a placeholder. */
export const choosePrompt = 'Choose…';

/** The escalation button shown when a workspace has none enabled. */
export const talkToHumanLabel = 'Talk to a human';
