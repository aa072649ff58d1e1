// Names the responsible council and NHS commissioner for an episode, each worked out on its
// own: the council follows the latest qualifying detention (Worcestershire [2023] UKSC 31);
// the NHS body follows the dated rule table, and under Who Pays? 2022 stays with the body of
// the first detention of a run of detentions until aftercare is ended.
import type { ResponsibleCouncil, ResponsibleNhs } from './check-output';
import type { EpisodeSpan } from './episodes';
import { formatUkDate } from '../dates/calendar-date';
import {
  nhsRuleFor,
  NHS_COMMISSIONER_RULES,
  type NhsCommissionerRule,
  type ResidenceField,
} from './nhs-commissioner-rules';

export interface EpisodeResponsibility {
  council: ResponsibleCouncil;
  nhs: ResponsibleNhs;
  /** What is missing to name the bodies, in words; empty when both are named. */
  missing: string[];
}

const FIELD_WORDS: Record<ResidenceField, string> = {
  council: 'the council where the person was ordinarily resident (residence.council)',
  gpCommissioner: 'the commissioner of the registered GP practice (residence.gpCommissioner)',
  usualResidenceCommissioner:
    'the commissioner for where the person usually lived (residence.usualResidenceCommissioner)',
  ordinaryResidenceCommissioner:
    'the commissioner for where the person was ordinarily resident (residence.ordinaryResidenceCommissioner)',
};

export const NOT_ELIGIBLE_RESPONSIBILITY: { council: ResponsibleCouncil; nhs: ResponsibleNhs } = {
  council: { org: null, basis: 'not eligible for S117 aftercare on this record', events: [] },
  nhs: {
    org: null,
    rule: null,
    basis: 'not eligible for S117 aftercare on this record',
    events: [],
    alternative: null,
  },
};

/** The episode whose detention starts the NHS body's responsibility for `episodes[index]`. */
function nhsAnchor(episodes: readonly EpisodeSpan[], index: number, rules: readonly NhsCommissionerRule[]) {
  let anchor = episodes[index]!;
  for (let i = index - 1; i >= 0; i--) {
    const previous = episodes[i]!;
    const ranIntoNext = previous.endPos === anchor.detentionPos && previous.discharge !== null;
    if (!ranIntoNext || !nhsRuleFor(previous.detention.date, rules).staysThroughLaterDetentions) break;
    anchor = previous;
  }
  return anchor;
}

export function responsibilityFor(
  episodes: readonly EpisodeSpan[],
  index: number,
  rules: readonly NhsCommissionerRule[] = NHS_COMMISSIONER_RULES,
): EpisodeResponsibility {
  const episode = episodes[index]!;
  const missing: string[] = [];
  const detention = episode.detention;
  const on = formatUkDate(detention.date);

  const councilOrg = detention.residence?.council ?? null;
  if (!councilOrg) missing.push(`${FIELD_WORDS.council} for the detention of ${on} is not recorded`);
  const council: ResponsibleCouncil = {
    org: councilOrg,
    basis: councilOrg
      ? `ordinarily resident there immediately before the detention of ${on} (s117(3) Mental Health Act 1983; a later qualifying detention moves the duty: R (Worcestershire CC) v SSHSC [2023] UKSC 31)`
      : `not known: ${FIELD_WORDS.council} for the detention of ${on} is not recorded`,
    events: [detention.id],
  };

  const anchor = nhsAnchor(episodes, index, rules);
  const rule = nhsRuleFor(anchor.detention.date, rules);
  const residence = anchor.detention.residence ?? {};
  const anchorOn = formatUkDate(anchor.detention.date);
  let nhsOrg: string | null = null;
  for (const field of rule.orgFrom) {
    nhsOrg = residence[field] ?? null;
    if (nhsOrg) break;
  }
  const carried = anchor !== episode ? `; responsible since the detention of ${anchorOn}` : '';
  let basis: string;
  if (rule.orgFrom.length === 0) {
    basis = rule.basis;
    missing.push(
      `the NHS commissioner: the detention of ${anchorOn} predates 1 April 2013, so the successor of the responsible primary care trust must be identified`,
    );
  } else if (!nhsOrg) {
    const fields = rule.orgFrom.map((f) => FIELD_WORDS[f]).join(', or ');
    basis = `not known: ${rule.basis}, but ${fields} for the detention of ${anchorOn} is not recorded`;
    missing.push(`${fields} for the detention of ${anchorOn} is not recorded`);
  } else {
    basis = `${rule.basis}${carried}`;
  }
  const alternativeOrg = rule.alternativeFrom ? (residence[rule.alternativeFrom] ?? null) : null;
  const nhs: ResponsibleNhs = {
    org: nhsOrg,
    rule: rule.rule,
    basis,
    events: [anchor.detention.id],
    alternative:
      alternativeOrg && alternativeOrg !== nhsOrg && rule.alternativeBasis
        ? { org: alternativeOrg, basis: rule.alternativeBasis }
        : null,
  };
  return { council, nhs, missing };
}
