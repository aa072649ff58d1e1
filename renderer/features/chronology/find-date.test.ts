// The date a selected passage of evidence pre-fills: the forms records actually use.
import { describe, expect, it } from 'vitest';
import { findDateInText } from './find-date';

describe('findDateInText', () => {
  it('reads a day written out in words', () => {
    expect(findDateInText('She was discharged home on 12 March 2019 with a plan.')).toEqual({
      date: '2019-03-12',
      precision: 'day',
    });
    expect(findDateInText('Seen on the 3rd of Sept 2020')).toEqual({ date: '2020-09-03', precision: 'day' });
    expect(findDateInText('Letter dated March 5, 2021')).toEqual({ date: '2021-03-05', precision: 'day' });
  });

  it('reads UK numeric dates day first', () => {
    expect(findDateInText('Review 03/04/2019')).toEqual({ date: '2019-04-03', precision: 'day' });
    expect(findDateInText('Review 3.4.2019')).toEqual({ date: '2019-04-03', precision: 'day' });
  });

  it('reads ISO dates', () => {
    expect(findDateInText('created 2019-03-12T10:00')).toEqual({ date: '2019-03-12', precision: 'day' });
  });

  it('gives a month and year as the first of the month with month precision', () => {
    expect(findDateInText('In March 2019 the council stopped funding.')).toEqual({
      date: '2019-03-01',
      precision: 'month',
    });
  });

  it('takes the earliest date in the passage', () => {
    expect(findDateInText('From June 2018 until 01/02/2019')).toEqual({ date: '2018-06-01', precision: 'month' });
    expect(findDateInText('On 01/02/2019, as agreed in June 2018')).toEqual({ date: '2019-02-01', precision: 'day' });
  });

  it('refuses dates that do not exist and text without a date', () => {
    expect(findDateInText('31/02/2019')).toBeNull();
    expect(findDateInText('2019-13-01')).toBeNull();
    expect(findDateInText('No date here, only 42 pages and a May meeting.')).toBeNull();
  });

  it('skips an impossible date to find a real one later', () => {
    expect(findDateInText('31/02/2019 corrected to 28/02/2019')).toEqual({ date: '2019-02-28', precision: 'day' });
  });
});
