// The decision model between a case's findings and its letters (see outcomes.ts).
export * from './outcomes';
export * from './injustice';
export * from './remedy-items';
export * from './references';
export * from './org-names';
export * from './decision-lines';
