import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  Textarea,
} from 'suomifi-ui-components';
import { api, unwrap } from '../../api/client';
import type { ArrangementDetail, CostCentre, Me, SupplierOffer } from '../../api/types';
import { euros, helsinkiToday } from '../../format';
import { StepPanel, useCommand } from './step';

interface Props {
  a: ArrangementDetail;
  me: Me;
  onDone: () => Promise<void>;
  onError: (err: unknown) => void;
}

/** What the arranging team does with a proposal, step by step as its status allows. */
export function TeamActions({ a, me, onDone, onError }: Props) {
  const { t } = useTranslation();
  const { busy, run } = useCommand(onDone, onError);
  const path = { params: { path: { id: a.id } } };
  if (a.status === 'submitted' && !a.assigneeId) {
    return (
      <StepPanel title={t('team.next')}>
        <Button
          disabled={busy}
          onClick={() => void run(() => unwrap(api.POST('/arrangements/{id}/claim', { ...path, body: {} })))}
        >
          {t('queue.claim')}
        </Button>
      </StepPanel>
    );
  }
  // A change of a running service is the team's to decide, whoever handled the proposal.
  if (a.status === 'active' && a.running?.changeStatus === 'requested') {
    return <Decide a={a} change onDone={onDone} onError={onError} />;
  }
  if (a.status === 'active' && a.running?.changeStatus === 'granted') {
    return <Commit a={a} change onDone={onDone} onError={onError} />;
  }
  if (a.status === 'unmet_need') {
    return (
      <StepPanel title={t('team.next')}>
        <Paragraph>{t('team.unmetRecorded')}</Paragraph>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => void run(() => unwrap(api.POST('/arrangements/{id}/reopen', { ...path, body: {} })))}
        >
          {t('team.reopen')}
        </Button>
      </StepPanel>
    );
  }
  if (a.assigneeId !== me.userId) return null;
  if (a.status === 'in_handling') return <ChooseWay a={a} onDone={onDone} onError={onError} />;
  if (a.status === 'ordered') {
    return (
      <StepPanel title={t('team.next')}>
        <Paragraph>{t('team.waitingForSupplier')}</Paragraph>
      </StepPanel>
    );
  }
  if (a.status === 'arranged') return <Decide a={a} onDone={onDone} onError={onError} />;
  if (a.status === 'granted') return <Commit a={a} onDone={onDone} onError={onError} />;
  return null;
}

type StepProps = Omit<Props, 'me'>;
/** A change of a running service is decided and committed as the service itself was. */
type ChangeStepProps = StepProps & { change?: boolean };

function ChooseWay({ a, onDone, onError }: StepProps) {
  const { t } = useTranslation();
  const { busy, run } = useCommand(onDone, onError);
  const [offers, setOffers] = useState<SupplierOffer[]>([]);
  const [way, setWay] = useState('purchase');
  const [supplierId, setSupplierId] = useState('');
  useEffect(() => {
    const on = helsinkiToday();
    unwrap(api.GET('/suppliers', { params: { query: { serviceCode: a.serviceCode, on } } })).then(setOffers, onError);
  }, [a.serviceCode, onError]);
  const path = { params: { path: { id: a.id } } };
  return (
    <StepPanel title={t('team.arrange')}>
      <RadioButtonGroup labelText={t('team.way')} name="way" value={way} onChange={setWay}>
        <RadioButton value="purchase">{t('team.purchase')}</RadioButton>
        <RadioButton value="own_production">{t('team.ownProduction')}</RadioButton>
      </RadioButtonGroup>
      {way === 'purchase' && (
        <RadioButtonGroup
          labelText={t('team.supplier')}
          name="supplier"
          value={supplierId}
          onChange={setSupplierId}
          mt="m"
        >
          {offers.map((o) => (
            <RadioButton
              key={o.supplierId}
              value={o.supplierId}
              hintText={t('team.offer', {
                price: euros(o.unitPriceCents),
                unit: t(`team.units.${o.unit}`, { defaultValue: o.unit }),
                nps: o.scorecard.nps ?? '–',
                cases: o.scorecard.openCases,
              })}
            >
              {o.supplierName}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      )}
      <div className="actions">
        <Button
          disabled={busy || (way === 'purchase' && !supplierId)}
          onClick={() =>
            void run(() =>
              unwrap(
                api.POST('/arrangements/{id}/way', {
                  ...path,
                  body: { way: way as 'purchase', supplierId: way === 'purchase' ? supplierId : null },
                }),
              ),
            )
          }
        >
          {way === 'purchase' ? t('team.order') : t('team.arrangeOwn')}
        </Button>
      </div>
      <ReasonAction
        a={a}
        route="/arrangements/{id}/return"
        title={t('team.returnTitle')}
        label={t('team.returnReason')}
        button={t('team.return')}
        onDone={onDone}
        onError={onError}
      />
      <ReasonAction
        a={a}
        route="/arrangements/{id}/unmet-need"
        title={t('team.unmetTitle')}
        label={t('team.unmetReason')}
        hint={t('team.unmetHint')}
        button={t('team.recordUnmet')}
        onDone={onDone}
        onError={onError}
      />
    </StepPanel>
  );
}

/** A step the team takes with its reason in words: return for completion, or record an unmet need. */
function ReasonAction({
  a,
  route,
  title,
  label,
  hint,
  button,
  onDone,
  onError,
}: StepProps & {
  route: '/arrangements/{id}/return' | '/arrangements/{id}/unmet-need';
  title: string;
  label: string;
  hint?: string;
  button: string;
}) {
  const { busy, run } = useCommand(onDone, onError);
  const [reason, setReason] = useState('');
  return (
    <>
      <Heading variant="h3" mt="l">
        {title}
      </Heading>
      <Textarea labelText={label} hintText={hint} value={reason} onChange={(e) => setReason(e.target.value)} />
      <div className="actions">
        <Button
          variant="secondary"
          disabled={busy || !reason.trim()}
          onClick={() => void run(() => unwrap(api.POST(route, { params: { path: { id: a.id } }, body: { reason } })))}
        >
          {button}
        </Button>
      </div>
    </>
  );
}

function Decide({ a, change, onDone, onError }: ChangeStepProps) {
  const { t } = useTranslation();
  const { busy, run } = useCommand(onDone, onError);
  const [outcome, setOutcome] = useState('granted');
  const [reason, setReason] = useState('');
  const denied = outcome === 'denied';
  return (
    <StepPanel title={t(change ? 'team.decideChange' : 'team.decide')}>
      <RadioButtonGroup labelText={t('arrangement.decision')} name="outcome" value={outcome} onChange={setOutcome}>
        <RadioButton value="granted">{t('arrangement.outcome.granted')}</RadioButton>
        <RadioButton value="denied">{t('arrangement.outcome.denied')}</RadioButton>
      </RadioButtonGroup>
      {denied && (
        <Textarea
          labelText={t('team.denialReason')}
          hintText={t('team.denialHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      )}
      <div className="actions">
        <Button
          disabled={busy || (denied && !reason.trim())}
          onClick={() =>
            void run(() =>
              unwrap(
                api.POST(change ? '/arrangements/{id}/change/decision' : '/arrangements/{id}/decision', {
                  params: { path: { id: a.id } },
                  body: { outcome: outcome as 'granted', reason: denied ? reason : null, notification: 'post' },
                }),
              ),
            )
          }
        >
          {t('team.makeDecision')}
        </Button>
      </div>
    </StepPanel>
  );
}

function Commit({ a, change, onDone, onError }: ChangeStepProps) {
  const { t, i18n } = useTranslation();
  const { busy, run } = useCommand(onDone, onError);
  const [centres, setCentres] = useState<CostCentre[]>([]);
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => {
    unwrap(api.GET('/cost-centres')).then(setCentres, onError);
  }, [onError]);
  return (
    <StepPanel title={t(change ? 'team.commitChange' : 'team.commit')}>
      {centres.length > 0 && (
        <Dropdown labelText={t('team.costCentre')} value={code} onChange={setCode} visualPlaceholder={t('team.choose')}>
          {centres.map((c) => (
            <DropdownItem key={c.code} value={c.code}>
              {`${c.code} ${i18n.language === 'sv' ? c.nameSv : c.nameFi}`}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
      <div className="actions">
        <Button
          disabled={busy || !code}
          onClick={() =>
            void run(() =>
              unwrap(
                api.POST(
                  change ? '/arrangements/{id}/change/payment-commitment' : '/arrangements/{id}/payment-commitment',
                  {
                    params: { path: { id: a.id } },
                    body: { costCentreCode: code! },
                  },
                ),
              ),
            )
          }
        >
          {t('team.giveCommitment')}
        </Button>
      </div>
    </StepPanel>
  );
}
