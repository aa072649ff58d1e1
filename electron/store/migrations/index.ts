// Every migration, in order. A new one is appended here with the next version number.
import type { Migration } from './types';
import m001 from './001_cases';

export const MIGRATIONS: readonly Migration[] = [m001];
