// The demo's "Embed this story" panel: options → script-tag and iframe snippets, and a live preview.
const form = document.getElementById('embed-form');
const story = new URL('../events/china-russia-north-korea.json', location.href).href;
const bundle = new URL('../dist/storyline.js', location.href).href;
const embedPage = new URL('./embed.html', location.href).href;

// The iframe's starting height, as the build's oEmbed response for the story gives it (close to
// the real height, so the host page does not shift when the frame grows to it).
let frameHeight = 720;

const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function options() {
  const data = new FormData(form);
  return {
    locale: data.get('locale'),
    theme: data.get('theme'),
    'start-at': data.get('start-at'),
    actors: String(data.get('actors') ?? '').trim(),
    filters: data.get('filters') === 'on',
  };
}

function update() {
  const o = options();
  const attrs = [`src="${escape(story)}"`];
  for (const name of ['locale', 'theme', 'start-at', 'actors'])
    if (o[name]) attrs.push(`${name}="${escape(o[name])}"`);
  if (o.filters) attrs.push('filters');
  document.getElementById('script-snippet').textContent =
    // The inline style keeps a viewport's height for the timeline before the script arrives, so
    // that the text after it is not pushed down while the reader reads it.
    `<script type="module" src="${bundle}"></script>\n<story-timeline ${attrs.join(' ')} style="display:block;min-height:100vh"></story-timeline>`;
  const params = new URLSearchParams({ src: story });
  for (const name of ['locale', 'theme', 'start-at', 'actors']) if (o[name]) params.set(name, o[name]);
  if (o.filters) params.set('filters', '');
  const url = `${embedPage}?${params}`;
  document.getElementById('iframe-snippet').textContent =
    `<iframe src="${escape(url)}" title="China–Russia–North Korea timeline" width="100%" height="${frameHeight}" style="border:0;width:100%" loading="lazy" data-storyline></iframe>`;
  const preview = document.getElementById('embed-preview');
  if (preview.getAttribute('src') !== url) preview.setAttribute('src', url);
}

fetch(story)
  .then((r) => r.json())
  .then(({ events }) => {
    const select = form.elements['start-at'];
    for (const event of events) select.add(new Option(`${event.date} · ${event.title}`, event.id));
  });

fetch('../dist/oembed/china-russia-north-korea.json')
  .then((r) => r.json())
  .then(({ height }) => {
    if (Number.isInteger(height)) frameHeight = height;
    update();
  });

form.addEventListener('input', update);
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    await navigator.clipboard?.writeText(document.getElementById(button.dataset.copy).textContent);
    button.textContent = 'Copied';
    setTimeout(() => (button.textContent = 'Copy'), 1500);
  });
}
update();
