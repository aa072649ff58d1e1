// Ids for rows that live inside a case (people, organisations, events…): short, readable and
// unique within the case, so that case files keep them (`p1`, `council`, `e12`).

/** The next free id `prefix1`, `prefix2`, … not in `taken`. */
export function nextId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!taken.has(id)) return id;
  }
}

/** `council`, then `council-2`, `council-3`, … — organisation ids read well in case files. */
export function nextOrgId(kind: string, taken: ReadonlySet<string>): string {
  if (!taken.has(kind)) return kind;
  for (let n = 2; ; n++) {
    const id = `${kind}-${n}`;
    if (!taken.has(id)) return id;
  }
}
