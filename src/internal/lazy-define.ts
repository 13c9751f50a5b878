/**
 * Registers a group of elements the first time the page holds one of them: their code is a chunk
 * fetched only by pages that use it. Elements already in the page upgrade when it arrives.
 */
export function defineWhenUsed(tags: readonly string[], load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || tags.every((tag) => customElements.get(tag))) return;
  const selector = tags.join(',');
  let loading = false;
  const check = (): boolean => {
    if (loading || !document.querySelector(selector)) return loading;
    loading = true;
    void load();
    return true;
  };
  if (check()) return;
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
