/** The reader's motion preference, in one place: smooth scrolling and transitions follow it. */
export function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** `instant`, not `auto`: a page's `scroll-behavior: smooth` would make `auto` smooth again. */
export function scrollBehavior(): ScrollBehavior {
  return prefersReducedMotion() ? 'instant' : 'smooth';
}
