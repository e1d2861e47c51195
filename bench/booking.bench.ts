import { NotReady } from './lib/app-server.ts';
import type { Bench } from './lib/report.ts';

export const bookingBench: Bench = {
  name: 'booking',
  title: 'Booking writes over HTTP on distinct slots (issue 5)',
  async run() {
    throw new NotReady('pending');
  },
};
