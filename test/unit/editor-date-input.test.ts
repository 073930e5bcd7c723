import { describe, expect, it } from 'vitest';
import { daysInMonth, readDateInput } from '../../src/editor/model/date-input.js';

describe('the validity date field', () => {
  it('reads a Jalali date in any digits and separators, written as the format writes it', () => {
    for (const typed of ['1403/12/29', '۱۴۰۳/۱۲/۲۹', '١٤٠٣/١٢/٢٩', '1403-12-29', '۱۴۰۳.۱۲.۲۹', ' 1403 / 12 / 29 ']) {
      expect(readDateInput(typed), typed).toMatchObject({ state: 'valid', value: '1403/12/29', settled: true });
    }
    expect(readDateInput('۱۴۰۳/۱/۵')).toMatchObject({ state: 'valid', value: '1403/01/05', settled: true });
  });

  it('takes an ISO Gregorian date as a Gregorian one', () => {
    expect(readDateInput('2025-03-19')).toMatchObject({ state: 'valid', value: '2025-03-19', date: { calendar: 'gregorian' } });
  });

  it('is incomplete while being typed, and a day that may grow is not settled', () => {
    for (const typed of ['1', '140', '1403', '1403/', '1403/1', '1403/12/']) expect(readDateInput(typed).state, typed).toBe('incomplete');
    expect(readDateInput('1403/12/2')).toMatchObject({ state: 'valid', settled: false });
    expect(readDateInput('')).toEqual({ state: 'empty' });
  });

  it('refuses an impossible month or day as soon as it is typed', () => {
    expect(readDateInput('1403/13')).toMatchObject({ state: 'impossible', reason: 'month' });
    expect(readDateInput('1403/00')).toMatchObject({ state: 'impossible', reason: 'month' });
    expect(readDateInput('1403/01/32')).toMatchObject({ state: 'impossible', reason: 'day' });
    // Mehr has 30 days; Esfand 1402 has 29, Esfand 1403 has 30.
    expect(readDateInput('1403/07/31')).toMatchObject({ state: 'impossible', reason: 'day' });
    const esfand = readDateInput('۱۴۰۲/۱۲/۳۰');
    expect(esfand).toMatchObject({ state: 'impossible', reason: 'day', date: { year: 1402, month: 12, day: 30 } });
    expect(esfand.state === 'impossible' && esfand.date && daysInMonth(esfand.date)).toBe(29);
    expect(readDateInput('1403/12/30').state).toBe('valid');
    expect(readDateInput('2025-02-29')).toMatchObject({ state: 'impossible', reason: 'day' });
  });

  it('refuses what is not a date at all', () => {
    for (const typed of ['abc', '1403/12/29/1', '14033/1/1', '1403/123', '1403//12']) expect(readDateInput(typed), typed).toMatchObject({ state: 'impossible', reason: 'shape' });
  });
});
