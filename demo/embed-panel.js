// The demo's "Embed this story" panel: options → script-tag and iframe snippets, and a live preview.
const form = document.getElementById('embed-form');
const story = new URL('../events/china-russia-north-korea.json', location.href).href;
const bundle = new URL('../dist/storyline.js', location.href).href;
const embedPage = new URL('./embed.html', location.href).href;

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
    `<script type="module" src="${bundle}"></script>\n<story-timeline ${attrs.join(' ')}></story-timeline>`;
  const params = new URLSearchParams({ src: story });
  for (const name of ['locale', 'theme', 'start-at', 'actors']) if (o[name]) params.set(name, o[name]);
  if (o.filters) params.set('filters', '');
  const url = `${embedPage}?${params}`;
  document.getElementById('iframe-snippet').textContent =
    `<iframe src="${escape(url)}" title="China–Russia–North Korea timeline" width="100%" height="720" style="border:0;width:100%" loading="lazy" data-storyline></iframe>`;
  const preview = document.getElementById('embed-preview');
  if (preview.getAttribute('src') !== url) preview.setAttribute('src', url);
}

fetch(story)
  .then((r) => r.json())
  .then(({ events }) => {
    const select = form.elements['start-at'];
    for (const event of events) select.add(new Option(`${event.date} · ${event.title}`, event.id));
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
