// Every migration, in order. A new one is appended here with the next version number.
import type { Migration } from './types';
import m001 from './001_cases';
import m002 from './002_evidence';
import m003 from './003_chronology';
import m004 from './004_remedy_tracking';
import m005 from './005_letters';
import m006 from './006_evidence_details_in_words';
import m007 from './007_evidence_page_spool';
import m008 from './008_complaint_and_successors';
import m009 from './009_anonymise_reviews';
import m010 from './010_dismissal_authors';

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010];
