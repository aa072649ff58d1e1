// Handlers for the remedy channels: payments and offsets, remedy choices, symbolic payments,
// agreed actions and their status, the cross-case compliance list and the reference points.
import type { HandlerGroup } from './types';

const deleted = { deleted: true as const };

export const remedyHandlers: HandlerGroup<
  | 'remedy.get'
  | 'payments.save'
  | 'payments.delete'
  | 'offsets.save'
  | 'offsets.delete'
  | 'remedy.saveChoices'
  | 'remedy.savePayment'
  | 'remedy.deletePayment'
  | 'remedy.saveAction'
  | 'remedy.deleteAction'
  | 'remedy.setActionStatus'
  | 'compliance.list'
  | 'remedy.referencePoints.list'
  | 'remedy.referencePoints.save'
> = {
  'remedy.get': ({ caseId, asAt }, { services }) => services.remedies.get(caseId, asAt),
  'payments.save': ({ caseId, payment }, { services }) => services.remedies.savePayment(caseId, payment),
  'payments.delete': ({ caseId, paymentId }, { services }) => {
    services.remedies.deletePayment(caseId, paymentId);
    return deleted;
  },
  'offsets.save': ({ caseId, offset }, { services }) => services.remedies.saveOffset(caseId, offset),
  'offsets.delete': ({ caseId, offsetId }, { services }) => {
    services.remedies.deleteOffset(caseId, offsetId);
    return deleted;
  },
  'remedy.saveChoices': ({ caseId, choices }, { services }) => services.remedies.saveChoices(caseId, choices),
  'remedy.savePayment': ({ caseId, payment }, { services }) => services.remedies.saveSymbolicPayment(caseId, payment),
  'remedy.deletePayment': ({ caseId, paymentId }, { services }) => {
    services.remedies.deleteSymbolicPayment(caseId, paymentId);
    return deleted;
  },
  'remedy.saveAction': ({ caseId, action }, { services }) => services.remedies.saveAction(caseId, action),
  'remedy.deleteAction': ({ caseId, actionId }, { services }) => {
    services.remedies.deleteAction(caseId, actionId);
    return deleted;
  },
  'remedy.setActionStatus': ({ caseId, actionId, status, evidence }, { services }) =>
    services.remedies.setActionStatus(caseId, actionId, status, evidence),
  'compliance.list': ({ all }, { services }) => services.remedies.compliance({ all }),
  'remedy.referencePoints.list': (_input, { services }) => services.remedies.referencePoints(),
  'remedy.referencePoints.save': ({ points }, { services }) => services.remedies.saveReferencePoints(points),
};
