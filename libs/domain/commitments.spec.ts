import { commitmentEnd } from './commitments';

describe('a payment commitment', () => {
  it('runs to the end of what was granted when the contract lasts longer, or nothing is bought', () => {
    expect(commitmentEnd('2027-03-02', '2027-12-31')).toEqual({ validTo: '2027-03-02', contractEndsFirst: false });
    expect(commitmentEnd('2027-03-02', '2027-03-02')).toEqual({ validTo: '2027-03-02', contractEndsFirst: false });
    expect(commitmentEnd('2027-03-02', null)).toEqual({ validTo: '2027-03-02', contractEndsFirst: false });
    expect(commitmentEnd('2027-03-02', undefined)).toEqual({ validTo: '2027-03-02', contractEndsFirst: false });
  });

  it('ends with the contract when the contract ends first', () => {
    expect(commitmentEnd('2027-03-02', '2026-12-31')).toEqual({ validTo: '2026-12-31', contractEndsFirst: true });
  });
});
