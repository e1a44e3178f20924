import sinon from 'sinon';

/**
 * The reader's clock on the demo story's day: Monday 2026-04-27, 17:00 in New
 * York, after the 16:30 prices of the test data, so that their change is
 * "today". Only `Date` is faked (and it moves on with real time): timers,
 * requests and frames stay real.
 */
export const STORY_DAY = Date.parse('2026-04-27T21:00:00Z');

export function readerClockOnStoryDay(): void {
  let clock: sinon.SinonFakeTimers | undefined;
  before(() => {
    clock = sinon.useFakeTimers({ now: STORY_DAY, toFake: ['Date'], shouldAdvanceTime: true });
  });
  after(() => clock?.restore());
}
