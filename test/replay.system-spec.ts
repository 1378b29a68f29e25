import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeterminismViolationError } from '@temporalio/workflow';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';

Runtime.install({ logger: new DefaultLogger('ERROR') });
afterAll(() => Runtime.instance().shutdown());

const HISTORIES = join(__dirname, 'histories');
const files = readdirSync(HISTORIES).filter((f) => f.endsWith('.json'));

function history(file: string) {
  return historyFromJSON(JSON.parse(readFileSync(join(HISTORIES, file), 'utf8')));
}

describe('recorded workflow histories', () => {
  it('are there to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s replays on the current workflow code', async (file) => {
    await Worker.runReplayHistory({ workflowsPath: require.resolve('../workflows') }, history(file));
  });

  it('fail on a deliberately non-deterministic change (the canary)', async () => {
    const replay = Worker.runReplayHistory(
      { workflowsPath: require.resolve('./replay/nondeterministic-workflow') },
      history(files[0]!),
    );
    await expect(replay).rejects.toThrow(DeterminismViolationError);
  });
});
