import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { NotFoundError } from '../http/errors.ts';
import type { AppDeps } from '../http/types.ts';
import type { InsightService } from '../insight/insight.service.ts';
import { reportHtml } from '../insight/report-html.ts';
import { type ShareRow, sharesRepository } from './shares.repository.ts';
import type { CreateShare, ShareView } from './shares.schema.ts';

const DAY = 86_400_000;

/** SHA-256 (hex) of a link token: only the hash is stored, so a leaked table opens no report. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Revocable links to a person's report (contract v2 /shares): shown to a clinician, taken back at any time. */
export class SharesService {
  constructor(
    private readonly deps: AppDeps,
    private readonly insight: InsightService,
  ) {}

  /** Create a link; the token (256 random bits) is returned once, inside the url, and never stored. */
  async create(
    userId: string,
    input: CreateShare,
    origin: string,
  ): Promise<{ id: string; url: string; expiresAt: string }> {
    const now = this.deps.clock();
    const token = randomBytes(32).toString('base64url');
    const row = {
      id: randomUUID(),
      user_id: userId,
      token_hash: hashToken(token),
      scope: input.scope,
      report_days: input.days,
      time_zone: input.tz,
      created_at: now,
      expires_at: new Date(now.getTime() + input.expiresInDays * DAY),
    };
    await sharesRepository.insert(this.deps.db, row);
    return { id: row.id, url: `${origin}/api/v1/shared/${token}`, expiresAt: row.expires_at.toISOString() };
  }

  async list(userId: string): Promise<{ items: ShareView[] }> {
    const now = this.deps.clock();
    const rows = await sharesRepository.list(this.deps.db, userId);
    const accesses = await sharesRepository.accesses(
      this.deps.db,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((r) =>
        view(
          r,
          accesses.filter((a) => a.share_id === r.id),
          now,
        ),
      ),
    };
  }

  async revoke(userId: string, id: string): Promise<void> {
    if (!UUID.test(id) || !(await sharesRepository.revoke(this.deps.db, userId, id, this.deps.clock()))) {
      throw new NotFoundError('No such share.');
    }
  }

  /** The shared report page for a token, recording the access; 404 when unknown, expired or revoked. */
  async open(token: string): Promise<string> {
    const now = this.deps.clock();
    if (!/^[A-Za-z0-9_-]{43}$/.test(token))
      throw new NotFoundError('This link does not work (it may have expired or been revoked).');
    const share = await sharesRepository.openByHash(this.deps.db, hashToken(token), now);
    if (!share) throw new NotFoundError('This link does not work (it may have expired or been revoked).');
    const summary = await this.insight.report(share.user_id, share.report_days, share.time_zone);
    return reportHtml(summary, { name: share.name, generatedAt: now.toISOString() });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function view(r: ShareRow, accesses: { at: Date }[], now: Date): ShareView {
  return {
    id: r.id,
    scope: r.scope,
    days: r.report_days,
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    revokedAt: r.revoked_at ? r.revoked_at.toISOString() : null,
    status: r.revoked_at ? 'revoked' : r.expires_at <= now ? 'expired' : 'active',
    accesses: accesses.map((a) => ({ at: a.at.toISOString() })),
  };
}
