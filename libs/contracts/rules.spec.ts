import { en } from '../../apps/web/src/common/locales/en';
import { fi } from '../../apps/web/src/common/locales/fi';
import { sv } from '../../apps/web/src/common/locales/sv';
import { RULE_CODES, ZOD_RULE_CODES } from './rules';

describe('the rule codes', () => {
  const codes = [...Object.keys(ZOD_RULE_CODES), ...Object.keys(RULE_CODES)];

  it('each have a text for the user in Finnish, Swedish and English', () => {
    for (const texts of [fi.rules, sv.rules, en.rules]) {
      expect(codes.filter((code) => !(code in texts))).toEqual([]);
    }
  });

  it('are all the texts there are, besides the one for a rule the web does not know', () => {
    expect(Object.keys(fi.rules).filter((code) => !codes.includes(code))).toEqual(['unknown']);
  });

  it('are not both zod’s and the API’s', () => {
    expect(Object.keys(RULE_CODES).filter((code) => code in ZOD_RULE_CODES)).toEqual([]);
  });
});
