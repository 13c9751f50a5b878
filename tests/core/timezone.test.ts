import { expect } from '@open-wc/testing';

// Runs only in the timezone group: proves the browser really is in a far-off zone, so that the
// date tests beside it would catch a day or month that shifts.
describe('timezone emulation', () => {
  it('runs away from UTC', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(['America/Los_Angeles', 'Asia/Seoul', 'Pacific/Kiritimati']).to.include(zone);
    expect(new Date(2023, 10, 1).getTimezoneOffset()).to.not.equal(0);
  });
});
