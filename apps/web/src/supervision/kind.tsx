import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { StaticChip } from 'suomifi-ui-components';
import type { SupervisionCaseSummary } from '../api/types';

type Kinded = Pick<SupervisionCaseSummary, 'selfMonitoring' | 'status'>;

/** A case's kind: a supplier's supervision, or an own-production unit's self-monitoring (as the API says). */
export function CaseKind({ c }: { c: Pick<Kinded, 'selfMonitoring'> }) {
  const { t } = useTranslation();
  return (
    <StaticChip className={c.selfMonitoring ? 'chip-self-monitoring' : undefined}>
      {t(c.selfMonitoring ? 'supervision.kinds.self_monitoring' : 'supervision.kinds.supervision')}
    </StaticChip>
  );
}

/** A case's status in words: a self-monitoring case is escalated to the service line's lead, not procurement. */
export function statusText(t: TFunction, c: Kinded): string {
  return c.selfMonitoring && c.status === 'escalated'
    ? t('supervision.selfMonitoring.escalated')
    : t(`supervision.statuses.${c.status}`);
}

/** A step in words: in self-monitoring, the service line's lead takes procurement's part. */
export function eventText(t: TFunction, selfMonitoring: boolean, type: string): string {
  if (selfMonitoring && type === 'escalated') return t('supervision.selfMonitoring.escalatedEvent');
  if (selfMonitoring && type === 'procurement_involved') return t('supervision.selfMonitoring.leadBroughtIn');
  return t(`supervision.events.${type}`, { defaultValue: type });
}
