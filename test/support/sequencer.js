// The system tests in their usual order, but the log privacy check last: it reads what all the others logged.
const Sequencer = require('@jest/test-sequencer').default;

const LAST = 'log-privacy.e2e-spec.ts';

class LogPrivacyLast extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    return [...sorted.filter((t) => !t.path.endsWith(LAST)), ...sorted.filter((t) => t.path.endsWith(LAST))];
  }
}

module.exports = LogPrivacyLast;
