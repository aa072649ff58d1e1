// The team's reference points for symbolic payments: the built-in ones from the ombudsmen's
// guidance beside the amounts the team has agreed, kept as a workspace setting. A change is
// audited in words with its amounts.
import type { Db } from '../store/db';
import type { Mutate } from '../store/mutate';
import { readSetting, writeSetting } from '../store/settings-repo';
import {
  SYMBOLIC_PAYMENT_KIND_LABELS,
  SYMBOLIC_PAYMENT_REFERENCE_POINTS,
  type ReferencePoint,
} from '../../shared/remedies';
import { formatPence } from '../../shared/money';
import type { TeamReferencePoint } from '../../shared/ipc/channels/remedies';

export interface ReferencePoints {
  builtIn: ReferencePoint[];
  team: TeamReferencePoint[];
}

const REFERENCE_POINTS_KEY = 'referencePoints';

function describePoint(p: TeamReferencePoint): string {
  const amount = p.amount !== undefined ? formatPence(p.amount) : `${formatPence(p.perMonth ?? 0)} a month`;
  return `${SYMBOLIC_PAYMENT_KIND_LABELS[p.kind].toLowerCase()} ${amount}`;
}

export function createReferencePoints(db: Db, mutate: Mutate) {
  return {
    referencePoints: (): ReferencePoints => ({
      builtIn: [...SYMBOLIC_PAYMENT_REFERENCE_POINTS],
      team: readSetting<TeamReferencePoint[]>(db, REFERENCE_POINTS_KEY) ?? [],
    }),

    saveReferencePoints: (points: TeamReferencePoint[]): ReferencePoints =>
      mutate((change) => {
        const before = readSetting<TeamReferencePoint[]>(db, REFERENCE_POINTS_KEY) ?? [];
        writeSetting(db, REFERENCE_POINTS_KEY, points);
        const count = `${points.length} ${points.length === 1 ? 'entry' : 'entries'}`;
        change.audit({
          caseId: null,
          action: 'update',
          entity: 'reference_points',
          entityId: null,
          summary:
            `Updated the team's reference points for symbolic payments (${count}): ` +
            (points.map(describePoint).join(', ') || 'none'),
          before,
          after: points,
        });
        return { builtIn: [...SYMBOLIC_PAYMENT_REFERENCE_POINTS], team: points };
      }),
  };
}
