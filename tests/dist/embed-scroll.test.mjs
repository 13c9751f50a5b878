// An embedded timeline follows the reader in the four kinds of host (and in WordPress's with the
// self-contained page, served with no CORS header), in both browsers, on a desktop and on a phone:
// at least 95 % of the steps of a scroll from top to bottom show the right active event and the
// axis in view.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import { BROWSERS } from './serve.mjs';
import { HOSTS, SIZES, measure, origins } from './embed-scroll.mjs';

let served;

before(async () => {
  served = await origins();
});

after(() => served?.stop());

for (const name of ['chromium', 'firefox']) {
  for (const size of SIZES) {
    test(`${name} at ${size.width} px: the embed follows the reader in every kind of host`, async () => {
      const browser = await BROWSERS[name]();
      try {
        for (const kind of Object.keys(HOSTS)) {
          const { active, axis } = await measure(browser, served.url(kind), { steps: 30, ...size });
          assert.ok(active >= 0.95, `${kind}: the right active event in ${Math.round(active * 100)} % of steps`);
          assert.ok(axis >= 0.95, `${kind}: the axis in view in ${Math.round(axis * 100)} % of steps`);
        }
      } finally {
        await browser.close();
      }
    });
  }
}
