import { cardChanges } from './service-card-diff';

describe('cardChanges', () => {
  const card = {
    code: 'home_help',
    name: { fi: 'Kotipalvelu', sv: 'Hemservice', en: 'Home help' },
    legalBases: ['SHL'],
    hoursPerMonth: { min: 8, max: 40 },
    rightWhen: [{ code: 'illness', text: { fi: 'Sairaus', sv: 'Sjukdom', en: 'Illness' } }],
    ageRange: null,
  };

  it('tells each changed field by its path, old beside new, and nothing that stayed', () => {
    const changed = {
      ...card,
      name: { ...card.name, sv: 'Hemtjänst' },
      hoursPerMonth: { min: 8, max: 30 },
      legalBases: ['SHL', 'LsL'],
    };
    expect(cardChanges(card, changed)).toEqual([
      { field: 'name.sv', before: 'Hemservice', after: 'Hemtjänst' },
      { field: 'legalBases', before: 'SHL', after: 'SHL, LsL' },
      { field: 'hoursPerMonth.max', before: '40', after: '30' },
    ]);
  });

  it('addresses criteria by their codes: one added is its own fields, the others unchanged', () => {
    const more = {
      ...card,
      rightWhen: [{ code: 'birth', text: { fi: 'Synnytys', sv: 'Förlossning', en: 'Birth' } }, ...card.rightWhen],
    };
    expect(cardChanges(card, more).map((c) => c.field)).toEqual([
      'rightWhen.birth.text.fi',
      'rightWhen.birth.text.sv',
      'rightWhen.birth.text.en',
    ]);
    expect(cardChanges(card, more)[0]).toEqual({ field: 'rightWhen.birth.text.fi', before: null, after: 'Synnytys' });
  });

  it('tells a card new in the later version field by field against nothing, and a null turned into a value', () => {
    expect(cardChanges(null, { code: 'x' })).toEqual([{ field: 'code', before: null, after: 'x' }]);
    expect(cardChanges(card, { ...card, ageRange: { min: 7, max: 17 } })).toEqual([
      { field: 'ageRange.min', before: null, after: '7' },
      { field: 'ageRange.max', before: null, after: '17' },
    ]);
  });
});
