import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, Paragraph, Textarea } from 'suomifi-ui-components';
import type { Client } from '../api/types';
import { ClientPageLink } from '../clients/client-page-link';
import { ClientSearch } from '../clients/client-search';
import { type Column, DataTable } from '../common/data-table';
import { DateField } from '../common/date-field';
import { ErrorMessage } from '../common/errors';
import { ResultRegion, useResult } from '../common/focus';
import { finnishDate } from '../common/format';
import { Loading } from '../common/loading';
import { useTitle } from '../common/title';
import {
  allowsOnClient,
  allowsOnWorker,
  type OwnWorker,
  useClients,
  useHandOver,
  useOwnWorkers,
  useSetLeavingDay,
} from './queries';

type Chosen = { has: (id: string) => boolean; toggle: (id: string, on: boolean) => void };

/**
 * Handing clients over (team lead): the clients whose own worker has left or is leaving first; then a
 * worker's clients, searched and chosen with checkboxes, handed over together to an own worker the API
 * lets the lead give clients to; the workers' caseloads and leaving days.
 */
export default function HandoversPage() {
  const { t } = useTranslation();
  useTitle(t('titles.handovers'));
  const { result, say } = useResult();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const choice: Chosen = {
    has: (id) => chosen.has(id),
    toggle: (id, on) =>
      setChosen((now) => {
        const next = new Set(now);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
  };
  const workers = useOwnWorkers();
  const needed = useClients({ handover: 'needed' });
  return (
    <>
      <Heading variant="h1">{t('handovers.title')}</Heading>
      <Paragraph>{t('handovers.intro')}</Paragraph>
      <ResultRegion result={result} />
      <section className="card" aria-labelledby="handover-needed">
        <Heading variant="h2" id="handover-needed">
          {t('handovers.needed')}
        </Heading>
        <ErrorMessage error={needed.error} />
        {needed.isPending && <Loading />}
        <ClientTable
          list="handover-needed"
          caption={t('handovers.neededCaption')}
          rows={needed.data}
          empty={t('handovers.noneNeeded')}
          chosen={choice}
        />
      </section>
      {workers.data && <WorkersClients workers={workers.data} chosen={choice} say={say} />}
      <ErrorMessage error={workers.error} />
      {workers.data && (
        <HandOverForm
          workers={workers.data}
          clientIds={[...chosen]}
          done={(count, to) => {
            setChosen(new Set());
            say(t('handovers.done', { count, name: to }));
          }}
        />
      )}
      {workers.data && <Caseloads workers={workers.data} />}
    </>
  );
}

function ClientTable({
  list,
  caption,
  rows,
  empty,
  chosen,
}: {
  list: string;
  caption: string;
  rows: Client[] | undefined;
  empty: string;
  chosen: Chosen;
}) {
  const { t } = useTranslation();
  const columns: Column<Client>[] = [
    {
      key: 'client',
      label: t('handovers.client'),
      header: 'row',
      cell: (c) =>
        allowsOnClient(c, 'handOver') ? (
          <Checkbox checked={chosen.has(c.id)} onClick={({ checkboxState }) => chosen.toggle(c.id, checkboxState)}>
            {c.fullName}
          </Checkbox>
        ) : (
          c.fullName
        ),
    },
    { key: 'born', label: t('handovers.born'), cell: (c) => finnishDate(c.dateOfBirth) },
    { key: 'page', label: t('aftercare.clientPage.column'), cell: (c) => <ClientPageLink client={c} /> },
    { key: 'worker', label: t('handovers.ownWorker'), cell: (c) => c.ownWorkerName },
    {
      key: 'leaving',
      label: t('handovers.leaving'),
      cell: (c) =>
        c.ownWorkerDisabled
          ? t('handovers.left')
          : c.ownWorkerLeavingOn
            ? t('handovers.leavesOn', { date: finnishDate(c.ownWorkerLeavingOn) })
            : '',
    },
  ];
  return (
    <DataTable
      data-list={list}
      caption={caption}
      captionHidden
      columns={columns}
      rows={rows}
      empty={empty}
      rowKey={(c) => c.id}
      rowAttributes={(c) => ({ 'data-client': c.id })}
    />
  );
}

/** One worker's clients, chosen from the workers the lead leads and searched by name or birth date. */
function WorkersClients({ workers, chosen, say }: { workers: OwnWorker[]; chosen: Chosen; say: (s: string) => void }) {
  const { t } = useTranslation();
  const [workerId, setWorkerId] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const clients = useClients({ ownWorkerId: workerId ?? undefined, q: q || undefined }, workerId !== null);
  const worker = workers.find((w) => w.id === workerId);
  return (
    <section className="card" aria-labelledby="worker-clients">
      <Heading variant="h2" id="worker-clients">
        {t('handovers.workersClients')}
      </Heading>
      <Dropdown
        labelText={t('handovers.chooseWorker')}
        visualPlaceholder={t('handovers.chooseWorkerPlaceholder')}
        value={workerId ?? ''}
        onChange={(id) => {
          setWorkerId(id);
          setQ('');
        }}
      >
        {workers.map((w) => (
          <DropdownItem key={w.id} value={w.id}>
            {t('handovers.workerOption', { name: w.name, count: w.clients })}
          </DropdownItem>
        ))}
      </Dropdown>
      {worker && allowsOnWorker(worker, 'setLeavingDay') && <LeavingDay key={worker.id} worker={worker} say={say} />}
      {worker && (
        <>
          <ClientSearch id="handover-search" onSearch={setQ} />
          <ErrorMessage error={clients.error} />
          {clients.isPending && <Loading />}
          <ClientTable
            list="worker-clients"
            caption={t('handovers.workersClientsCaption', { name: worker.name })}
            rows={clients.data}
            empty={q ? t('clientSearch.none', { q }) : t('handovers.noClients')}
            chosen={chosen}
          />
        </>
      )}
    </section>
  );
}

function LeavingDay({ worker, say }: { worker: OwnWorker; say: (s: string) => void }) {
  const { t } = useTranslation();
  const [day, setDay] = useState(worker.leavingOn ?? '');
  const save = useSetLeavingDay();
  return (
    <div className="leaving-day">
      <DateField
        labelText={t('handovers.leavingDay')}
        optionalText={t('handovers.optional')}
        value={day}
        onChange={setDay}
      />
      <Button
        variant="secondary"
        disabled={save.isPending}
        onClick={() =>
          save.mutate(
            { id: worker.id, leavingOn: day || null },
            { onSuccess: () => say(t('handovers.leavingSaved', { name: worker.name })) },
          )
        }
      >
        {t('handovers.saveLeavingDay')}
      </Button>
      <ErrorMessage error={save.error} />
    </div>
  );
}

/** The chosen clients go to one own worker the API lets the lead give clients to, with the reason. */
function HandOverForm({
  workers,
  clientIds,
  done,
}: {
  workers: OwnWorker[];
  clientIds: string[];
  done: (count: number, to: string) => void;
}) {
  const { t } = useTranslation();
  const receivers = workers.filter((w) => allowsOnWorker(w, 'receiveClients'));
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const handOver = useHandOver();
  const receiver = receivers.find((w) => w.id === to);
  return (
    <section className="card" aria-labelledby="hand-over">
      <Heading variant="h2" id="hand-over">
        {t('handovers.handOver')}
      </Heading>
      <Paragraph>{t('handovers.chosen', { count: clientIds.length })}</Paragraph>
      {receivers.length > 0 ? (
        <Dropdown
          labelText={t('handovers.receiver')}
          visualPlaceholder={t('handovers.chooseWorkerPlaceholder')}
          value={to ?? ''}
          onChange={setTo}
        >
          {receivers.map((w) => (
            <DropdownItem key={w.id} value={w.id}>
              {t('handovers.workerOption', { name: w.name, count: w.clients })}
            </DropdownItem>
          ))}
        </Dropdown>
      ) : (
        <Paragraph>{t('handovers.noReceivers')}</Paragraph>
      )}
      <Textarea labelText={t('handovers.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <ErrorMessage error={handOver.error} />
      <Button
        disabled={clientIds.length === 0 || !receiver || reason.trim() === '' || handOver.isPending}
        onClick={() =>
          receiver &&
          handOver.mutate(
            { clientIds, ownWorkerId: receiver.id, reason },
            {
              onSuccess: () => {
                setReason('');
                done(clientIds.length, receiver.name);
              },
            },
          )
        }
      >
        {t('handovers.submit', { count: clientIds.length })}
      </Button>
    </section>
  );
}

function Caseloads({ workers }: { workers: OwnWorker[] }) {
  const { t } = useTranslation();
  const columns: Column<OwnWorker>[] = [
    { key: 'name', label: t('handovers.ownWorker'), header: 'row', cell: (w) => w.name },
    { key: 'clients', label: t('handovers.caseload'), cell: (w) => w.clients },
    {
      key: 'leaving',
      label: t('handovers.leaving'),
      cell: (w) =>
        w.disabled
          ? t('handovers.left')
          : w.leavingOn
            ? t('handovers.leavesOn', { date: finnishDate(w.leavingOn) })
            : '',
    },
  ];
  return (
    <section className="card" aria-labelledby="caseloads">
      <Heading variant="h2" id="caseloads">
        {t('handovers.caseloads')}
      </Heading>
      <DataTable
        data-list="own-workers"
        caption={t('handovers.caseloads')}
        captionHidden
        columns={columns}
        rows={workers}
        rowKey={(w) => w.id}
        rowAttributes={(w) => ({ 'data-worker': w.id })}
      />
    </section>
  );
}
