// What the publication check finds: one kind per detector, a span of plain text, how sure it is,
// and the wording the review step suggests in its place.
export const PII_KINDS = [
  'email',
  'nhs-number',
  'ni-number',
  'phone',
  'postcode',
  'date-of-birth',
  'address',
  'place',
  'name',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** How each kind is named to an investigator. */
export const PII_KIND_LABELS: Record<PiiKind, string> = {
  email: 'email address',
  'nhs-number': 'NHS number',
  'ni-number': 'National Insurance number',
  phone: 'telephone number',
  postcode: 'postcode',
  'date-of-birth': 'date of birth or age',
  address: 'street address',
  place: 'hospital, ward or placement',
  name: 'personal name',
};

/** A detector's find in one piece of text. */
export interface PiiMatch {
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
  /** "possible": an NHS number whose check digit fails, a name the model is unsure of. */
  certainty: 'certain' | 'possible';
  /** What the review step offers in its place: "[postcode]", "a care home", "Mr X's friend". */
  suggestion: string;
}

/** What is on the case and stays in a published decision: public bodies and the people's labels. */
export interface PiiContext {
  /** Names that are never findings: the case's organisations, their short names, people's labels. */
  keep: string[];
}

export type PiiDetector = (text: string, context: PiiContext) => PiiMatch[];
