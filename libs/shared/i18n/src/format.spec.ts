import { formatterFor, calendarDay } from './format';

describe('dates and numbers', () => {
  it('print a calendar day as day, month, year in each language', () => {
    expect(formatterFor('en').date('2026-06-05')).toBe('5 June 2026');
    expect(formatterFor('nl').date('2026-06-05')).toBe('5 juni 2026');
    expect(formatterFor('de').date('2026-06-05')).toBe('5. Juni 2026');
  });

  it('take the day of an instant in Amsterdam', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(calendarDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(formatterFor('en').date(new Date('2026-12-31T23:30:00Z'))).toBe('1 January 2027');
  });

  it('group numbers as each language does', () => {
    expect(formatterFor('nl').number(25000)).toBe('25.000');
    expect(formatterFor('de').number(25000)).toBe('25.000');
    expect(formatterFor('en').number(25000)).toBe('25,000');
    expect(formatterFor('nl').percent(40)).toBe('40%');
  });
});
