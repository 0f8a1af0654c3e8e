// Which file events can change the knowledge base, and so may trigger a reload.
import { isRelevantChange } from '../../../src/live/watch-folder';

describe('isRelevantChange', () => {
  it.each([
    ['entries/overview.yaml', true],
    ['sources.yml', true],
    ['entries/more', true],
    [null, true],
    ['entries/.overview.yaml.swp', false],
    ['entries/overview.yaml~', false],
    ['entries/4913', false],
    ['README.md', false],
  ])('GIVEN an event for %s THEN relevant is %s', (filename, expected) => {
    expect(isRelevantChange(filename)).toBe(expected);
  });
});
