/**
 * After a dialog closes, focus goes back to the button that opened it; when the action
 * disabled that button (the backup is now copying, the cluster snapshotting), focus
 * would fall to the page body. Then put it on the first of `fallbacks` that exists.
 */
export function focusAfterDialog(...fallbacks: (() => HTMLElement | null)[]): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && !active.matches(':disabled')) return;
    for (const find of fallbacks) {
      const target = find();
      if (target) {
        target.focus();
        return;
      }
    }
  });
}
