import { expect } from '@open-wc/testing';
import { otherOrigin } from '../fixtures/other-origin.js';
import { LoadError, loadStory } from '../../src/internal/load.js';
import { failureText } from '../../src/internal/error-box.js';
import { en } from '../../src/i18n/en.js';

const words = en.messages;

async function failureOf(src: string): Promise<LoadError> {
  try {
    await loadStory(src, { timeout: 5000 });
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error(`${src} loaded`);
}

describe('loadStory across origins', () => {
  it('says so when a story on another origin comes without Access-Control-Allow-Origin', async () => {
    const src = otherOrigin('/tests/fixtures/mini.json');
    const error = await failureOf(src);
    expect(error.kind).to.equal('cors');
    expect(error.message).to.include('Access-Control-Allow-Origin');
    expect(failureText(words, error)).to.match(
      /^The story could not be loaded: its server does not send Access-Control-Allow-Origin/,
    );
  });

  it('still calls a server that does not answer a network failure', async () => {
    const error = await failureOf(otherOrigin('/x.json').replace(/:\d+\//, ':9/'));
    expect(error.kind).to.equal('network');
  });
});
