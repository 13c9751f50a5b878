// A story's edit screen: lists what Storyline's validator (the bundled kit, running the preview
// below) reports, as `file: path: message` lines. Problems come from the timeline's `story-error`.
const list = document.querySelector('.storyline-problems');
const timeline = document.querySelector('#storyline-story story-timeline');
if (list && timeline) {
  const file = list.dataset.file ?? '';
  const show = (lines) => {
    list.replaceChildren(
      ...lines.map((line) => {
        const item = document.createElement('li');
        item.append(Object.assign(document.createElement('code'), { textContent: line }));
        return item;
      }),
    );
  };
  timeline.addEventListener('story-error', (event) => {
    const { errors, message } = event.detail;
    show(errors.length ? errors.map((e) => `${file}: ${e.path}: ${e.message}`) : [`${file}: ${message}`]);
  });
  customElements.whenDefined('story-timeline').then(async () => {
    await timeline.updateComplete;
    // A story with no problem fires no story-error: once its events are shown, say so.
    const wait = (resolve) => (timeline.story ? resolve() : setTimeout(() => wait(resolve), 200));
    await new Promise(wait);
    if (list.textContent.includes('…'))
      show([`${file}: no problems, ${timeline.story.events.length} events`]);
  });
}
