// Writes integer pence as pounds the way letters and tables show them: "£1,288.00", or "£1,288"
// where a letter prefers round amounts without pence.

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function split(pence: number): { sign: string; pounds: string; pennies: string } {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`not a whole number of pence: ${pence}`);
  const abs = Math.abs(pence);
  return {
    sign: pence < 0 ? '-' : '',
    pounds: groupThousands(String(Math.floor(abs / 100))),
    pennies: String(abs % 100).padStart(2, '0'),
  };
}

/** 128800 → "£1,288.00"; -5 → "-£0.05". */
export function formatPence(pence: number): string {
  const { sign, pounds, pennies } = split(pence);
  return `${sign}£${pounds}.${pennies}`;
}

/** 128800 → "£1,288"; 128850 → "£1,288.50": pence shown only when there are some. */
export function formatPenceShort(pence: number): string {
  const { sign, pounds, pennies } = split(pence);
  return pennies === '00' ? `${sign}£${pounds}` : `${sign}£${pounds}.${pennies}`;
}

/** 128850 → "1288.50": for an input box, which the parser reads back to the same pence. */
export function formatPenceForInput(pence: number): string {
  const { sign, pennies } = split(pence);
  return `${sign}${Math.floor(Math.abs(pence) / 100)}.${pennies}`;
}
