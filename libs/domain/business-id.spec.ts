import { isBusinessId } from './business-id';

describe('a Finnish business id', () => {
  it.each(['0737546-2', '1572860-0', '3221397-5', '2345678-0'])('%s has the right check digit', (id) => {
    expect(isBusinessId(id)).toBe(true);
  });

  it.each([
    ['1234567-8', 'a wrong check digit'],
    ['3221397-1', 'another wrong check digit'],
    ['0737546-3', 'a check digit one off'],
    ['3456789-0', 'seven digits whose remainder is 1: never given out'],
    ['737546-2', 'six digits'],
    ['07375462', 'no hyphen'],
    [' 0737546-2', 'a space before'],
    ['FI07375462', 'a VAT number'],
  ])('%s is refused: %s', (id) => {
    expect(isBusinessId(id)).toBe(false);
  });
});
