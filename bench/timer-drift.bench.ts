import { NotReady } from './lib/app-server.ts';
import type { Bench } from './lib/report.ts';

export const timerDriftBench: Bench = {
  name: 'timer-drift',
  title: 'Timer drift in a hidden tab (issue 4)',
  async run() {
    throw new NotReady('pending');
  },
};
