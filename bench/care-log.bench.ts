import { NotReady } from './lib/app-server.ts';
import type { Bench } from './lib/report.ts';

export const careLogBench: Bench = {
  name: 'care-log',
  title: 'Care log over HTTP (issue 3)',
  async run() {
    throw new NotReady('pending');
  },
};
