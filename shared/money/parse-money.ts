// Reads an amount of money typed by a person ("£1,288", "1288.5", " £ 12 ") into integer pence,
// or says in plain words why it cannot. Never goes through floating point.

export type ParseMoneyResult = { ok: true; pence: number } | { ok: false; reason: string };

// Digits with optional thousands commas in groups of three, then at most two decimals.
const GROUPED = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/;

export function parseMoney(input: string): ParseMoneyResult {
  // Spaces may surround the amount and follow the pound sign, but not split the digits.
  let text = input.trim().replace(/^(£|GBP)\s+/i, '$1');
  if (text === '') return { ok: false, reason: 'no amount given' };
  if (/\s/.test(text)) return { ok: false, reason: 'spaces inside the number (use commas for thousands)' };
  if (text.startsWith('-') || text.startsWith('−') || text.startsWith('(') || /^£[-−]/.test(text))
    return { ok: false, reason: 'the amount must not be negative' };
  if (text.startsWith('£')) text = text.slice(1);
  else if (text.toUpperCase().startsWith('GBP')) text = text.slice(3);
  if (text === '') return { ok: false, reason: 'no amount given' };
  if (text.startsWith('.')) text = `0${text}`;

  const match = GROUPED.exec(text);
  if (!match) {
    if (/^[\d,]+(?:\.\d*)?$/.test(text)) return { ok: false, reason: 'commas must separate groups of three digits' };
    if (/^\d[\d,]*\.\d*\./.test(text)) return { ok: false, reason: 'more than one decimal point' };
    return { ok: false, reason: 'use digits and a decimal point, e.g. 1288.50' };
  }
  const whole = (match[1] ?? '').replace(/,/g, '');
  const fraction = match[2] ?? '';
  if (fraction.length > 2) return { ok: false, reason: 'more than two decimal places (pence are the smallest unit)' };

  const pence = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  if (pence > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'the amount is too large' };
  return { ok: true, pence: Number(pence) };
}
