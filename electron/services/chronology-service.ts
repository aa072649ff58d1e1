// The chronology: list, add, edit, reorder within a day and remove events, each change checked
// against the case (organisations, evidence, page counts) and audited in words.
import type { Db } from '../store/db';
import { getCase, organisationIds } from '../store/cases-repo';
import { evidencePagesAndTitles } from '../store/evidence-repo';
import { findingsCitingEvent } from '../store/case-extras-repo';
import { nextId } from '../store/ids';
import { createMutator } from '../store/mutate';
import {
  eventIds,
  getEvent,
  insertEvent,
  listEvents,
  moveEventWithinDay,
  removeEvent,
  replaceEvent,
} from '../store/events-repo';
import { AppError, notFound } from '../errors';
import { validateEvent, type EventContext } from '../../shared/chronology/validate-event';
import { EVENT_TYPE_LABELS, formatEventDate } from '../../shared/chronology/event-labels';
import type { CaseFileEvent } from '../../shared/casefile/schema';
import { describeIssues } from '../../shared/validation/issues';

export interface ChronologyService {
  list(caseId: string): CaseFileEvent[];
  create(caseId: string, raw: Record<string, unknown>): CaseFileEvent;
  update(caseId: string, eventId: string, raw: Record<string, unknown>): CaseFileEvent;
  remove(caseId: string, eventId: string): void;
  move(caseId: string, eventId: string, direction: 'up' | 'down'): CaseFileEvent[];
  context(caseId: string): EventContext;
}

export const describeEventBriefly = (e: CaseFileEvent) =>
  `${formatEventDate(e.date, e.precision)} ${EVENT_TYPE_LABELS[e.type]}${e.type === 'detention' ? ` (section ${e.section})` : ''}`;

export function eventContext(db: Db, caseId: string): EventContext {
  const orgIds = new Set(organisationIds(db, caseId));
  const evidence = evidencePagesAndTitles(db, caseId);
  return {
    orgIds,
    evidencePages: new Map(evidence.map((e) => [e.id, e.pageCount])),
    evidenceTitles: new Map(evidence.map((e) => [e.id, e.title])),
  };
}

function validated(db: Db, caseId: string, raw: Record<string, unknown>): CaseFileEvent {
  const result = validateEvent(raw, eventContext(db, caseId));
  if (!result.ok) {
    const issues = result.issues.map((i) => ({ ...i, path: i.path ? `event.${i.path}` : 'event' }));
    throw new AppError('invalid_input', describeIssues(result.issues), issues);
  }
  return result.event;
}

export function createChronologyService(db: Db, actor: () => string, now: () => Date): ChronologyService {
  const referencingFindings = (caseId: string, eventId: string) => findingsCitingEvent(db, caseId, eventId);
  const mutate = createMutator({ db, actor, now });

  return {
    list: (caseId) => {
      getCase(db, caseId);
      return listEvents(db, caseId);
    },
    context: (caseId) => eventContext(db, caseId),
    create: (caseId, raw) =>
      mutate((change) => {
        getCase(db, caseId);
        const event = validated(db, caseId, { ...raw, id: nextId('e', eventIds(db, caseId)) });
        insertEvent(db, caseId, event);
        change.audit({
          caseId,
          action: 'create',
          entity: 'event',
          entityId: event.id,
          summary: `Added to the chronology: ${describeEventBriefly(event)}`,
          after: event,
        });
        return getEvent(db, caseId, event.id)!;
      }),
    update: (caseId, eventId, raw) =>
      mutate((change) => {
        const before = getEvent(db, caseId, eventId);
        if (!before) throw notFound(`Event ${eventId}`);
        const event = validated(db, caseId, { ...raw, id: eventId });
        replaceEvent(db, caseId, event);
        const after = getEvent(db, caseId, eventId)!;
        change.audit({
          caseId,
          action: 'update',
          entity: 'event',
          entityId: eventId,
          summary: `Edited the event ${describeEventBriefly(after)}`,
          before,
          after,
        });
        return after;
      }),
    remove: (caseId, eventId) =>
      mutate((change) => {
        const before = getEvent(db, caseId, eventId);
        if (!before) throw notFound(`Event ${eventId}`);
        const users = referencingFindings(caseId, eventId);
        if (users.length > 0)
          throw new AppError(
            'conflict',
            `This event supports finding${users.length > 1 ? 's' : ''} ${users.join(', ')}; unlink it there first.`,
          );
        removeEvent(db, caseId, eventId);
        change.audit({
          caseId,
          action: 'delete',
          entity: 'event',
          entityId: eventId,
          summary: `Removed from the chronology: ${describeEventBriefly(before)}`,
          before,
        });
      }),
    move: (caseId, eventId, direction) =>
      mutate((change) => {
        const event = getEvent(db, caseId, eventId);
        if (!event) throw notFound(`Event ${eventId}`);
        if (moveEventWithinDay(db, caseId, eventId, direction))
          change.audit({
            caseId,
            action: 'reorder',
            entity: 'event',
            entityId: eventId,
            summary: `Moved ${describeEventBriefly(event)} ${direction === 'up' ? 'earlier' : 'later'} within its day`,
          });
        return listEvents(db, caseId);
      }),
  };
}
