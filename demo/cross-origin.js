// demo/cms-iframe.html?cross: loads the iframe from the server's other name (localhost for
// 127.0.0.1, and back), so the embed is really cross-origin, as on a publisher's site: the host
// page and the timeline then talk only through embed-host.js's messages.
if (new URLSearchParams(location.search).has('cross')) {
  for (const frame of document.querySelectorAll('iframe[data-storyline]')) {
    const url = new URL(frame.src);
    url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    // Sandboxed hosts (WordPress) would also need the story and the scripts served with
    // Access-Control-Allow-Origin; this page does not sandbox the frame.
    url.searchParams.set('src', new URL(url.searchParams.get('src') ?? '', url).href);
    frame.src = url.href;
  }
}
