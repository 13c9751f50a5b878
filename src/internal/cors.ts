// Loaded only when a story's request has failed: most pages never fetch it.

/**
 * Whether a request that failed was refused for want of CORS headers rather than by the network:
 * the browser tells scripts nothing, so for a URL on another origin (every URL, in a sandboxed
 * iframe: its origin is opaque) ask again in `no-cors` mode, which the server answering proves.
 */
export async function refusedByCors(src: string, signal: AbortSignal): Promise<boolean> {
  const url = new URL(src, document.baseURI);
  if (self.origin !== 'null' && url.origin === self.origin) return false;
  try {
    await fetch(url, { mode: 'no-cors', signal, credentials: 'omit' });
    return true;
  } catch {
    return false;
  }
}
