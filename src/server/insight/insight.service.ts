import { randomUUID } from 'node:crypto';
import { type ClinicianSummary, clinicianSummary } from '../../domain/insight/clinician-summary.ts';
import { pegDue } from '../../domain/insight/peg.ts';
import type { InsightReport } from '../../domain/insight/types.ts';
import { whatHelps } from '../../domain/insight/what-helps.ts';
import { ValidationError } from '../http/errors.ts';
import type { AppDeps } from '../http/types.ts';
import { insightRepository, type StoredEvent } from './insight.repository.ts';

const DAY = 86_400_000;
/** Default range of GET /insights: the natural course needs weeks of diary, so 90 days. */
const DEFAULT_DAYS = 90;
/** Longest range GET /insights reads: two years. */
const MAX_RANGE_MS = 731 * DAY;

/** What helps me, the clinician report's numbers, the FHIR export's data and the weekly PEG. */
export class InsightService {
  constructor(private readonly deps: AppDeps) {}

  private range(from?: string, to?: string): { from: Date; to: Date } {
    const end = to ? new Date(to) : new Date(this.deps.clock().getTime() + 1);
    const start = from ? new Date(from) : new Date(end.getTime() - DEFAULT_DAYS * DAY);
    if (start >= end)
      throw new ValidationError('Invalid query.', [{ path: 'from', message: 'must be before to' }]);
    if (end.getTime() - start.getTime() > MAX_RANGE_MS) {
      throw new ValidationError('Invalid query.', [
        { path: 'from', message: 'the range may span at most two years' },
      ]);
    }
    return { from: start, to: end };
  }

  async insights(
    userId: string,
    q: { from?: string | undefined; to?: string | undefined },
  ): Promise<InsightReport & { from: string; to: string }> {
    const { from, to } = this.range(q.from, q.to);
    const events = await insightRepository.insightEvents(this.deps.db, userId, from, to);
    return { from: from.toISOString(), to: to.toISOString(), ...whatHelps(events) };
  }

  /** The clinician report's numbers for the last `days` days. */
  async report(userId: string, days: number, timeZone: string): Promise<ClinicianSummary> {
    const now = this.deps.clock();
    const to = new Date(now.getTime() + 1);
    const from = new Date(now.getTime() - days * DAY);
    const db = this.deps.db;
    const [events, checkins, peg] = await Promise.all([
      insightRepository.events(db, userId, from, to),
      insightRepository.checkins(db, userId, from, to),
      insightRepository.pegAnswers(db, userId, from, to),
    ]);
    return clinicianSummary({ now, days, timeZone, events, checkins, peg, insights: whatHelps(events) });
  }

  /** Everything the FHIR export holds (all time). */
  async fhirData(
    userId: string,
  ): Promise<{ events: StoredEvent[]; peg: Awaited<ReturnType<typeof insightRepository.pegAnswers>> }> {
    const from = new Date(0);
    const to = new Date(this.deps.clock().getTime() + DAY);
    const [events, peg] = await Promise.all([
      insightRepository.events(this.deps.db, userId, from, to),
      insightRepository.pegAnswers(this.deps.db, userId, from, to),
    ]);
    return { events, peg };
  }

  async addPeg(
    userId: string,
    input: { pain: number; enjoyment: number; activity: number; at?: string | undefined },
  ) {
    const now = this.deps.clock();
    const at = input.at ? new Date(input.at) : now;
    if (at.getTime() > now.getTime() + 5 * 60_000) {
      throw new ValidationError('Invalid request body.', [
        { path: 'at', message: 'must not be in the future' },
      ]);
    }
    const row = {
      id: randomUUID(),
      user_id: userId,
      at: at.toISOString(),
      pain: input.pain,
      enjoyment: input.enjoyment,
      activity: input.activity,
    };
    await insightRepository.insertPeg(this.deps.db, row);
    return { id: row.id, at: row.at, pain: row.pain, enjoyment: row.enjoyment, activity: row.activity };
  }

  /** Whether this week's PEG is due (IN-PEG: once a week), and the last answer's time. */
  async pegStatus(userId: string): Promise<{ due: boolean; lastAt: string | null }> {
    const lastAt = await insightRepository.latestPeg(this.deps.db, userId);
    return { due: pegDue(lastAt, this.deps.clock()), lastAt };
  }
}
