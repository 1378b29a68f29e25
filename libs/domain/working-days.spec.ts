import { appealDeadline, notifiedOn } from './decisions';
import { addWorkingDays, deadlineDay, easterSunday, finnishHolidays, holidayOn, isWorkingDay } from './working-days';

describe('Finnish holidays', () => {
  it('finds Easter Sunday for 2026–2035 as the almanac gives it', () => {
    const almanac = {
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
      2031: '2031-04-13',
      2032: '2032-03-28',
      2033: '2033-04-17',
      2034: '2034-04-09',
      2035: '2035-03-25',
    };
    for (const [year, easter] of Object.entries(almanac)) expect(easterSunday(Number(year))).toBe(easter);
  });

  it('places the moving holidays of 2027 and the fixed ones, fifteen days in all', () => {
    const days = finnishHolidays(2027);
    expect(days.size).toBe(15);
    expect(Object.fromEntries([...days].map(([date, code]) => [code, date]))).toEqual({
      new_year: '2027-01-01',
      epiphany: '2027-01-06',
      good_friday: '2027-03-26',
      easter_sunday: '2027-03-28',
      easter_monday: '2027-03-29',
      may_day: '2027-05-01',
      ascension: '2027-05-06',
      whitsun: '2027-05-16',
      midsummer_eve: '2027-06-25',
      midsummer_day: '2027-06-26',
      all_saints: '2027-11-06',
      independence_day: '2027-12-06',
      christmas_eve: '2027-12-24',
      christmas_day: '2027-12-25',
      st_stephens_day: '2027-12-26',
    });
  });

  it('puts Midsummer on the Friday and Saturday of 19–26 June and All Saints on the Saturday from 31 October', () => {
    expect(holidayOn('2026-06-19')).toBe('midsummer_eve');
    expect(holidayOn('2026-06-20')).toBe('midsummer_day');
    expect(holidayOn('2026-10-31')).toBe('all_saints');
    expect(holidayOn('2028-06-23')).toBe('midsummer_eve');
    expect(holidayOn('2028-11-04')).toBe('all_saints');
    expect(holidayOn('2026-06-26')).toBeNull();
  });

  it('counts weekdays that are no holiday or named eve as working days', () => {
    expect(isWorkingDay('2026-12-02')).toBe(true); // a Wednesday
    expect(isWorkingDay('2026-12-05')).toBe(false); // a Saturday
    expect(isWorkingDay('2026-12-06')).toBe(false); // Independence Day
    expect(isWorkingDay('2026-12-24')).toBe(false); // Christmas Eve, a Thursday
    expect(isWorkingDay('2028-05-01')).toBe(false); // May Day, a Monday
    expect(isWorkingDay('2027-05-06')).toBe(false); // Ascension Day
    expect(isWorkingDay('2026-12-31')).toBe(true); // New Year's Eve is not named by the Act
  });

  it('moves a last day off weekends and holidays to the next working day', () => {
    expect(deadlineDay('2026-12-30')).toBe('2026-12-30');
    // Christmas Eve (Thu), Christmas Day, St Stephen's Day (Sat), Sunday: Monday 28 December.
    expect(deadlineDay('2026-12-24')).toBe('2026-12-28');
  });
});

describe('the rectification deadline (434/2003 § 59, 150/1930 § 5)', () => {
  // Each expected day is counted by hand: sent + days to notification + 30, then off holidays.
  it('counts from the seventh day after posting, the third after an electronic notice, or the day handed over', () => {
    expect(notifiedOn('2026-11-23', 'post')).toBe('2026-11-30');
    expect(notifiedOn('2026-11-23', 'electronic')).toBe('2026-11-26');
    expect(notifiedOn('2026-11-23', 'in_person')).toBe('2026-11-23');
  });

  it('late November: 30 days from 30 November is Wednesday 30 December', () => {
    expect(appealDeadline('2026-11-23', 'post')).toBe('2026-12-30');
  });

  it('late November: a last day on New Year’s Day (Fri) moves over the weekend to Monday 4 January', () => {
    // Sent Wed 25 Nov 2026, notified Wed 2 Dec, + 30 = Fri 1 Jan 2027.
    expect(appealDeadline('2026-11-25', 'post')).toBe('2027-01-04');
  });

  it('a last day on Christmas Eve moves past Christmas and the weekend to Monday 28 December', () => {
    // Sent Tue 17 Nov 2026, notified Tue 24 Nov, + 30 = Thu 24 Dec.
    expect(appealDeadline('2026-11-17', 'post')).toBe('2026-12-28');
  });

  it('mid-December, electronically: a last day on Saturday 16 January moves to Monday 18 January', () => {
    // Sent Mon 14 Dec 2026, notified Thu 17 Dec, + 30 = Sat 16 Jan 2027.
    expect(appealDeadline('2026-12-14', 'electronic')).toBe('2027-01-18');
  });

  it('handed over on 6 November: the last day, Independence Day (a Sunday), moves to Monday 7 December', () => {
    expect(appealDeadline('2026-11-06', 'in_person')).toBe('2026-12-07');
  });

  it('around Easter: a last day on Good Friday moves past Easter Monday to Tuesday 30 March 2027', () => {
    // Sent Wed 17 Feb 2027, notified Wed 24 Feb, + 30 = Fri 26 Mar (Good Friday).
    expect(appealDeadline('2027-02-17', 'post')).toBe('2027-03-30');
  });

  it('around Midsummer: a last day on Midsummer Eve moves to Monday 28 June 2027', () => {
    // Sent Wed 19 May 2027, notified Wed 26 May, + 30 = Fri 25 Jun (Midsummer Eve).
    expect(appealDeadline('2027-05-19', 'post')).toBe('2027-06-28');
  });

  it('a last day on May Day (a Monday in 2028) moves to Tuesday 2 May', () => {
    // Sent Wed 29 Mar 2028, notified electronically Sat 1 Apr, + 30 = Mon 1 May.
    expect(appealDeadline('2028-03-29', 'electronic')).toBe('2028-05-02');
  });
});

describe('working days after a day', () => {
  it('skips weekends and holidays', () => {
    // Friday 4 December 2026: two working days on is Tuesday 8 December.
    expect(addWorkingDays('2026-12-04', 2)).toBe('2026-12-08');
    // Before Christmas: 24–26 December are holidays or eves, 27th is Sunday.
    expect(addWorkingDays('2026-12-23', 1)).toBe('2026-12-28');
    // Midsummer eve 2027 is Friday 25 June.
    expect(addWorkingDays('2027-06-24', 1)).toBe('2027-06-28');
    expect(addWorkingDays('2026-12-07', 0)).toBe('2026-12-07');
  });
});
