// The Storyline plugin in a real WordPress (Debian's 6.1 on WordPress Playground's PHP 7.4,
// WP_DEBUG on), driven in Debian's Chromium: the zip installs from Plugins → Add New → Upload,
// stories upload to the Media Library (a malformed one is refused with the notice), and the
// shortcode, the block and a pasted story address each show every event of the report story to a
// reader, with no console error, following the scroll, without moving the post as it loads, in a
// block theme and in a classic one. Hostile shortcode values render nothing executable, and PHP
// logs no notice, warning or error. Needs `npm run build:wordpress` first.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../tests/browsers.mjs';
import { LOADED, activeChangesOnScroll, executables, readerPage, waitForEvents } from './reader.mjs';
import { REPO, copyWordPress, startStoryHost, startWordPress } from './wordpress.mjs';

const WP_PORT = Number(process.env.WP_PORT ?? 9400);
const HOST_PORT = WP_PORT + 11;
const ZIP = join(REPO, 'dist/storyline-wordpress.zip');
const STORY_FILE = 'china-russia-north-korea.json';
const STORY_EVENTS = JSON.parse(readFileSync(join(REPO, 'events', STORY_FILE), 'utf8')).events.length;
/** Where the README's screenshots are written, when asked (`SCREENSHOTS=1`). */
const SHOTS = process.env.SCREENSHOTS ? join(REPO, 'integrations/wordpress/screenshots') : '';

let wp;
let host;
let copy;
let browser;
let admin; // a page logged in as the administrator
let reader; // a browser context with no cookie: the public
const posts = {};
let storyMedia;

/** The REST API, from the administrator's page (cookie and nonce), with plain permalinks. */
async function rest(method, route, body) {
  return admin.evaluate(
    async (method, route, body) => {
      window.__nonce ??= await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
      const [path, query] = route.split('?');
      const response = await fetch(`/?rest_route=${path}${query ? `&${query}` : ''}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-wp-nonce': window.__nonce },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: response.status, json: await response.json() };
    },
    method,
    route,
    body,
  );
}

/**
 * Uploads a file with the Media Library's plain uploader (Media → Add New, browser uploader).
 * Resolves with the text of the screen it lands on (WordPress's error page when refused).
 */
async function upload(path) {
  await admin.goto(`${wp.url}/wp-admin/media-new.php?browser-uploader`);
  const input = await admin.waitForSelector('#async-upload');
  await input.uploadFile(path);
  await Promise.all([admin.waitForNavigation(), admin.click('#html-upload')]);
  return admin.$eval('body', (el) => el.innerText);
}

/** The Media Library screen's Storyline notice, or null. */
async function libraryNotice() {
  await admin.goto(`${wp.url}/wp-admin/upload.php`);
  return admin.$eval('.storyline-upload-notice', (el) => el.innerText).catch(() => null);
}

async function createPost(title, content, extra = {}) {
  const { status, json } = await rest('POST', '/wp/v2/posts', {
    title,
    content,
    status: 'publish',
    ...extra,
  });
  assert.equal(status, 201, JSON.stringify(json));
  return json;
}

before(async () => {
  assert.ok(existsSync(ZIP), 'dist/storyline-wordpress.zip is missing: run `npm run build:wordpress`');
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  copy = copyWordPress();
  host = await startStoryHost({ port: HOST_PORT });
  wp = await startWordPress({ port: WP_PORT, root: copy.root });
  console.log(`# WordPress answered after ${wp.bootSeconds.toFixed(0)} s`);
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  admin = await browser.newPage();
  await admin.setViewport({ width: 1280, height: 900 });
  admin.setDefaultTimeout(LOADED);
  admin.setDefaultNavigationTimeout(LOADED);
  // Leaving the editor with changes asks "Leave site?": yes.
  admin.on('dialog', (dialog) => dialog.accept());
  await admin.goto(`${wp.url}/wp-login.php`);
  await admin.type('#user_login', 'admin');
  await admin.type('#user_pass', 'password');
  await Promise.all([admin.waitForNavigation(), admin.click('#wp-submit')]);
  reader = await browser.createBrowserContext();
});

after(async () => {
  await browser?.close();
  wp?.stop();
  host?.stop();
  if (copy && !process.env.KEEP_WORDPRESS) rmSync(copy.work, { recursive: true, force: true });
});

test('the zip installs from Plugins → Add New → Upload and activates', async () => {
  await admin.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
  const input = await admin.waitForSelector('#pluginzip');
  await input.uploadFile(ZIP);
  await Promise.all([admin.waitForNavigation(), admin.click('#install-plugin-submit')]);
  const text = await admin.$eval('#wpbody-content', (el) => el.textContent);
  assert.match(text, /Plugin installed successfully/, text);
  await Promise.all([admin.waitForNavigation(), admin.click('#wpbody-content a.button-primary')]);
  const active = await admin.$('tr[data-slug="storyline"].active');
  assert.ok(active, 'Storyline is not active on the Plugins screen');
});

test('the story host is set in Settings → Media', async () => {
  await admin.goto(`${wp.url}/wp-admin/options-media.php`);
  await admin.type('#storyline_story_host', host.base);
  await Promise.all([admin.waitForNavigation(), admin.click('#submit')]);
  assert.equal(await admin.$eval('#storyline_story_host', (el) => el.value), host.base);
});

test('a story uploads to the Media Library', async () => {
  await upload(join(REPO, 'events', STORY_FILE));
  assert.equal(await libraryNotice(), null);
  const { json } = await rest('GET', '/wp/v2/media?mime_type=application/json');
  storyMedia = json.find((item) => item.source_url.endsWith(STORY_FILE));
  assert.ok(storyMedia, 'the story is not in the Media Library');
});

test('a malformed JSON upload gets the notice, file: path: message, and is not offered as a story', async () => {
  const dir = join(copy.work, 'uploads');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'broken.json'), '{ "title": "Broken", "events": [ { "date": "2023-07", ');
  writeFileSync(
    join(dir, 'bad-date.json'),
    JSON.stringify({ title: 'Bad', events: [{ date: '2023-13', title: 'A' }] }),
  );
  // The uploader says why at once; the Media Library then lists every problem in its notice.
  assert.match(
    await upload(join(dir, 'broken.json')),
    /broken\.json: \(root\): is not well-formed JSON: Syntax error/,
  );
  assert.match(await libraryNotice(), /broken\.json: \(root\): is not well-formed JSON: Syntax error/);
  await upload(join(dir, 'bad-date.json'));
  assert.match(
    await libraryNotice(),
    /bad-date\.json: events\[0\]\.date: "2023-13" is not a date \(month 13\)/,
  );
  // The notice is shown once.
  assert.equal(await libraryNotice(), null);
  // What the block's Media Library picker lists (JSON and CSV attachments): only the good story.
  const { json } = await rest('GET', '/wp/v2/media?mime_type=application/json');
  assert.deepEqual(
    json.map((item) => item.source_url.split('/').pop()),
    [STORY_FILE],
  );
});

test("a story's edit screen lists what the kit's validator finds, beyond the upload's check", async () => {
  await admin.goto(`${wp.url}/wp-admin/post.php?post=${storyMedia.id}&action=edit`);
  await admin.waitForFunction(
    () => !document.querySelector('.storyline-problems')?.textContent.includes('…'),
  );
  assert.match(await admin.$eval('.storyline-problems', (el) => el.innerText), /: no problems, \d+ events/);
  // Well-formed, with the structure PHP checks, but two events share an id: the kit says so.
  const file = join(copy.work, 'uploads', 'duplicate-ids.json');
  const event = { id: 'same', date: '2023', title: 'A', summary: 'S', sources: [{ title: 'T' }] };
  writeFileSync(file, JSON.stringify({ title: 'Twice', events: [event, { ...event, date: '2024' }] }));
  await upload(file);
  assert.equal(await libraryNotice(), null);
  const { json } = await rest('GET', '/wp/v2/media?search=duplicate-ids');
  await admin.goto(`${wp.url}/wp-admin/post.php?post=${json[0].id}&action=edit`);
  await admin.waitForFunction(
    () => !document.querySelector('.storyline-problems')?.textContent.includes('…'),
  );
  assert.match(
    await admin.$eval('.storyline-problems', (el) => el.innerText),
    /duplicate-ids\.json: events\[1\]\.id: "same" is already the id of events\[0\]/,
  );
});

test('the posts are created: shortcode, block, a pasted story address (by an author), hostile values', async () => {
  const author = await rest('POST', '/wp/v2/users', {
    username: 'writer',
    email: 'writer@example.org',
    password: 'a long password for the author',
    roles: ['author'],
  });
  assert.equal(author.status, 201, JSON.stringify(author.json));
  const address = `${host.base}events/${STORY_FILE}`;
  posts.shortcode = await createPost('Shortcode', `[storyline src="${address}" filters]`);
  posts.block = await createPost(
    'China, Russia and North Korea, year by year',
    `<!-- wp:storyline/timeline {"mediaId":${storyMedia.id},"filters":true} /-->`,
  );
  posts.oembed = await createPost(
    'Pasted address',
    `<!-- wp:embed {"url":"${address}","type":"rich","providerNameSlug":"storyline"} -->\n<figure class="wp-block-embed is-type-rich is-provider-storyline wp-block-embed-storyline"><div class="wp-block-embed__wrapper">\n${address}\n</div></figure>\n<!-- /wp:embed -->`,
    { author: author.json.id },
  );
  posts.plain = await createPost(
    'No timeline',
    '<!-- wp:paragraph --><p>Just words.</p><!-- /wp:paragraph -->',
  );
  posts.hostile = await createPost(
    'Hostile',
    [
      '[storyline src="javascript:alert(1)"]',
      '[storyline src=" JaVaScRiPt:alert(2)"]',
      `[storyline src="${address}" onload="window.__pwned=3" theme="dark onmouseover=window.__pwned=4" offset="0.5)" heading-level="2 onfocus=x"]`,
      // Markup inside a shortcode: WordPress's texturizer no longer sees a shortcode there and
      // curls its quotes, so src reaches the plugin as a (harmless, relative) "”http…”".
      `[storyline src="${address}" locale='"><script>window.__pwned=1' theme='"><img src=x onerror=window.__pwned=2>' start-at='" onmouseover="window.__pwned=5']`,
    ].join('\n\n'),
  );
});

/**
 * A reader opens a post with a timeline: every event shows, the bundle is loaded once as a module,
 * no iframe, the article did not move while it loaded (the stylesheet that holds the timeline's
 * place is in the head), and no console error. Resolves with the page, still open.
 */
async function openTimelinePost(t, post) {
  const page = await readerPage(reader);
  await page.goto(post.link, { waitUntil: 'networkidle0' });
  await waitForEvents(page, STORY_EVENTS);
  const scripts = await page.$$eval('script[src*="/storyline/assets/storyline.js"]', (list) =>
    list.map((s) => s.type),
  );
  assert.deepEqual(scripts, ['module']);
  assert.equal(await page.$$eval('iframe', (list) => list.length), 0);
  const shift = await page.evaluate(() => window.__layoutShift);
  t.diagnostic(`layout shift ${shift.toFixed(3)}`);
  assert.ok(shift <= 0.01, `layout shift ${shift.toFixed(3)} while the post loaded`);
  const sheets = await page.$$eval(
    'head link[rel="stylesheet"][href*="/storyline/assets/storyline.css"]',
    (l) => l.length,
  );
  assert.equal(sheets, 1, 'storyline.css linked once, in the head');
  // The story is preloaded from the head, and that preload is the one request for it.
  const story = await page.$eval(
    'story-timeline',
    (el) => new URL(el.getAttribute('src'), location.href).href,
  );
  assert.deepEqual(await preloadedStories(page), [story]);
  const requests = await page.evaluate((story) => performance.getEntriesByName(story).length, story);
  assert.equal(requests, 1, `${story} was requested ${requests} times`);
  assert.deepEqual(page.errors, []);
  return page;
}

/** The addresses the page's head preloads for a fetch, as the element's request would take them. */
function preloadedStories(page) {
  return page.$$eval('head link[rel="preload"][as="fetch"][crossorigin="anonymous"]', (list) =>
    list.map((link) => link.href),
  );
}

for (const kind of ['shortcode', 'block']) {
  test(`the ${kind} post shows every event, in the page, loads the bundle once as a module, and follows the scroll`, async (t) => {
    const page = await openTimelinePost(t, posts[kind]);
    if (SHOTS && kind === 'block') await page.screenshot({ path: join(SHOTS, 'published-post.png') });
    const { first, then } = await activeChangesOnScroll(page);
    assert.notEqual(then, first, `the active event stayed ${first}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

/** Activates an installed theme from Appearance → Themes, as an administrator does. */
async function activateTheme(slug) {
  await admin.goto(`${wp.url}/wp-admin/themes.php`);
  const href = await admin.$eval(`.theme[data-slug="${slug}"] a.activate`, (a) => a.href);
  await admin.goto(href);
  assert.ok(await admin.$(`.theme.active[data-slug="${slug}"]`), `${slug} is not the active theme`);
}

// A classic theme prints its <head> before the post's content is rendered (a block theme renders
// the content first): the stylesheet must still be in the head, found from the post itself.
test('in a classic theme (Twenty Twenty-One) the shortcode and block posts show every event and do not move', async (t) => {
  await activateTheme('twentytwentyone');
  try {
    for (const kind of ['shortcode', 'block']) {
      const page = await openTimelinePost(t, posts[kind]);
      assert.ok(
        await page.$('head link[rel="stylesheet"][href*="/themes/twentytwentyone/"]'),
        'the page is not printed by Twenty Twenty-One',
      );
      await page.close();
    }
  } finally {
    await activateTheme('twentytwentythree');
  }
});

test('the pasted story address embeds the iframe route, with every event, scrolling inside it', async () => {
  const page = await readerPage(reader);
  await page.goto(posts.oembed.link, { waitUntil: 'networkidle0' });
  const src = await page.$eval('.wp-block-embed iframe', (el) => el.src);
  // The kit's embed page on the story host, given the story (wherever the kit puts that page).
  assert.ok(src.startsWith(host.base) && new URL(src).searchParams.get('src')?.endsWith(STORY_FILE), src);
  const frame = page.frames().find((f) => f.url() === src);
  await waitForEvents(frame, STORY_EVENTS);
  const { first, then } = await activeChangesOnScroll(frame);
  assert.notEqual(then, first, `the active event stayed ${first}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a post without a timeline loads no Storyline script or stylesheet, and preloads no story', async () => {
  const page = await readerPage(reader);
  await page.goto(posts.plain.link, { waitUntil: 'networkidle0' });
  assert.equal(
    await page.$$eval('script[src*="/storyline/"], link[href*="/storyline/"]', (list) => list.length),
    0,
  );
  assert.deepEqual(await preloadedStories(page), []);
  await page.close();
});

test('hostile shortcode values render nothing executable; refused addresses are noted to editors only', async () => {
  const page = await readerPage(reader);
  await page.goto(posts.hostile.link, { waitUntil: 'networkidle0' });
  await waitForEvents(page, STORY_EVENTS);
  assert.deepEqual(await executables(page), []);
  // The element reflects its own active-id and theme (the default, auto); the plugin wrote only src.
  const timelines = await page.$$eval('story-timeline', (list) =>
    list.map((el) => ({
      names: el.getAttributeNames().filter((n) => n !== 'active-id' && n !== 'theme'),
      src: el.getAttribute('src'),
      theme: el.getAttribute('theme'),
    })),
  );
  // The refused addresses render nothing.
  assert.equal(timelines.length, 2);
  for (const { names, src, theme } of timelines) {
    assert.deepEqual(names, ['src']);
    assert.equal(theme, 'auto');
    assert.doesNotMatch(src, /^\s*javascript:/i);
  }
  assert.equal(await page.$('.storyline-note'), null, 'a reader sees an editor note');
  // Only the address a timeline loads is preloaded; the refused ones are not.
  assert.deepEqual(await preloadedStories(page), [`${host.base}events/${STORY_FILE}`]);
  await page.close();

  await admin.goto(posts.hostile.link, { waitUntil: 'networkidle0' });
  assert.deepEqual(await executables(admin), []);
  const notes = await admin.$$eval('.storyline-note', (list) => list.map((el) => el.textContent));
  assert.equal(notes.length, 2, notes.join('\n'));
  assert.match(notes[0], /javascript:alert\(1\)/);
});

test('the block shows a live preview in the editor', async () => {
  await admin.goto(`${wp.url}/wp-admin/post-new.php`);
  await admin.waitForFunction(
    () => window.wp?.data?.select('core/block-editor') && window.wp.blocks.getBlockType('storyline/timeline'),
  );
  await admin.evaluate((id) => {
    const { dispatch, select } = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide'))
      dispatch('core/edit-post').toggleFeature('welcomeGuide');
    dispatch('core/editor').editPost({ title: 'Russia and North Korea' });
    dispatch('core/block-editor').insertBlocks(
      window.wp.blocks.createBlock('storyline/timeline', { mediaId: id, filters: true }),
    );
  }, storyMedia.id);
  await admin.waitForFunction(
    (count) =>
      document
        .querySelector('.wp-block-storyline-timeline story-timeline')
        ?.shadowRoot?.querySelectorAll('article').length === count,
    { timeout: LOADED },
    STORY_EVENTS,
  );
  if (SHOTS) {
    await admin.evaluate(() => {
      // The welcome guide may open after the preferences load: close it, and show the post's top.
      document.querySelector('.components-guide button[aria-label="Close dialog"]')?.click();
      // The block's toolbar in the editor's top bar, so that it covers nothing of the post.
      const { select, dispatch } = window.wp.data;
      if (!select('core/edit-post').isFeatureActive('fixedToolbar'))
        dispatch('core/edit-post').toggleFeature('fixedToolbar');
      document.querySelector('.interface-interface-skeleton__content')?.scrollTo(0, 0);
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await admin.screenshot({ path: join(SHOTS, 'block-in-editor.png') });
  }
});

test("uninstalling removes the plugin's option", async () => {
  const deactivated = await rest('POST', '/wp/v2/plugins/storyline/storyline', { status: 'inactive' });
  assert.equal(deactivated.status, 200, JSON.stringify(deactivated.json));
  const deleted = await rest('DELETE', '/wp/v2/plugins/storyline/storyline');
  assert.equal(deleted.status, 200, JSON.stringify(deleted.json));
  await admin.goto(`${wp.url}/wp-admin/options.php`, { waitUntil: 'domcontentloaded' });
  assert.equal(await admin.$('[name="storyline_story_host"]'), null);
});

test('PHP logged no notice, warning or error', () => {
  const problems = `${wp.debugLog()}\n${wp.log()}`
    .split('\n')
    .filter((line) => /PHP (Notice|Warning|Deprecated|Fatal error|Parse error)|Uncaught/i.test(line));
  assert.deepEqual(problems, []);
});
