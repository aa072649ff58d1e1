// Calendar dates for deadlines: day and month arithmetic, bank holidays, working days.
export { addCalendarDays, addMonthsClamped, daysBetween, dayOfWeek, isWeekend } from './date-arithmetic';
export { easterSunday } from './easter';
export { BANK_HOLIDAY_TABLE, bankHolidaysIn, isBankHoliday, ruleBankHolidays, type BankHoliday } from './bank-holidays';
export { addWorkingDays, isWorkingDay } from './working-days';
