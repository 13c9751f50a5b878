// The floor: a story as a plain list of <article> cards, built with createElement and textContent.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1985", "March 1985" or "March 4, 1985" from a story date (positive years only; enough here). */
function formatDate(date) {
  const [year, month, day] = date.split('-');
  if (!month) return year;
  const name = MONTHS[Number(month) - 1];
  return day ? `${name} ${Number(day)}, ${year}` : `${name} ${year}`;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderList(container, story) {
  const heading = element('h1', '', story.title);
  const list = element('ol', 'events');
  for (const event of story.events) {
    const item = element('li');
    const card = element('article', 'card');
    card.id = event.id;
    const time = element('time', '', formatDate(event.date));
    time.dateTime = event.date;
    const date = element('p', 'date');
    date.append(time);
    const source = event.sources[0];
    const cite = element('cite');
    const link = element('a', '', source.title);
    link.href = source.url;
    cite.append(link);
    const sources = element('p', 'source', 'Source: ');
    sources.append(cite);
    if (source.section) sources.append(`, “${source.section}”`);
    card.append(date, element('h2', 'title', event.title), element('p', 'summary', event.summary), sources);
    item.append(card);
    list.append(item);
  }
  container.replaceChildren(heading, list);
}
