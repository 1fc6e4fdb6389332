/**
 * What client-core needs from the place it runs (browsers and Node.js both have it): timers.
 * Only for this package's own type check, which has neither DOM nor Node types so that no
 * module here can reach for `document`, `window` or Node APIs by accident.
 */
declare function setTimeout(handler: () => void, ms?: number): unknown;
declare function clearTimeout(id: ReturnType<typeof setTimeout> | undefined): void;
declare function setInterval(handler: () => void, ms?: number): unknown;
declare function clearInterval(id: ReturnType<typeof setInterval> | undefined): void;
