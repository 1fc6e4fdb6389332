/**
 * New-handoff alerts: a short chime, a browser notification and the unread count in the tab
 * title. With several tabs open only one of them notifies: tabs claim each event id over a
 * BroadcastChannel, and the first claim wins.
 */
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('baton-notifications');
const claimed = new Set<string>();
channel?.addEventListener('message', (event: MessageEvent<{ claim: string }>) => claimed.add(event.data.claim));

function chime(): void {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.08, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.35);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.35);
  } catch {
    // no audio (autoplay policy, headless): the title and notification still tell
  }
}

export function askForNotifications(): void {
  if (typeof Notification !== 'undefined' && Notification.permission === 'default')
    void Notification.requestPermission();
}

/** Alerts once across tabs for `id` (a handoff); `onClick` focuses the conversation. */
export function alertHandoff(id: string, title: string, body: string, onClick: () => void): void {
  // Let the tab that heard it first claim it; others drop it.
  setTimeout(() => {
    if (claimed.has(id)) return;
    claimed.add(id);
    channel?.postMessage({ claim: id });
    chime();
    if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
      const notification = new Notification(title, { body, tag: id });
      notification.onclick = () => {
        window.focus();
        onClick();
      };
    }
  }, Math.random() * 150);
}
