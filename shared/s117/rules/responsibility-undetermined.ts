// RESPONSIBILITY-UNDETERMINED: the facts needed to name the responsible council or NHS body are
// missing, or the detention predates 1 April 2013 (a PCT's successor must be identified).
import type { Rule } from '../rule-context';

export const responsibilityUndetermined: Rule = {
  id: 'RESPONSIBILITY-UNDETERMINED',
  severity: 'concern',
  purpose: 'The responsible council and NHS commissioner must be identified from the facts.',
  citation:
    'Mental Health Act 1983, s117(3); R (Worcestershire County Council) v Secretary of State for Health and Social Care [2023] UKSC 31; NHS England, Who Pays? (2013, 2016, 2020, 2022): responsibility follows where the person was ordinarily resident (council) and the dated NHS commissioner rules.',
  evaluate(context) {
    return context.episodes.flatMap((episode) => {
      if (episode.responsibility.missing.length === 0) return [];
      if (!episode.discharge && episode !== context.current) return [];
      return [
        {
          date: episode.detention.date,
          events: [episode.detention.id],
          orgs: episode.orgs,
          message: `The responsible bodies cannot be named from the record: ${episode.responsibility.missing.join('; ')}.`,
        },
      ];
    });
  },
};
