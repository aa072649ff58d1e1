// The names a case archive may hold: a relative path that stays inside the folder it is unpacked
// into (no zip slip, no absolute or drive path, no backslash, no empty or `..` part).

/** True when the name stays inside the folder it is unpacked into. */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.includes('\\') || name.includes('\0')) return false;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return false;
  return name.split('/').every((part) => part !== '..' && part !== '' && part !== '.');
}
