/**
 * Single-page navigation (pushState / replaceState / popstate / hashchange), reported once it
 * settles: routers often push, then set the title.
 */
export function watchNavigation(navigated: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = () => {
    clearTimeout(timer);
    timer = setTimeout(navigated, 300);
  };
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      debounced();
      return result;
    };
  }
  addEventListener('popstate', debounced);
  addEventListener('hashchange', debounced);
}
