/** Every message the widget has for the host page's developer: `[Baton] …` on the console. */
export const log = (message: string) => console.error(`[Baton] ${message}`);
