/** Calls of the insight area (contract v2 "Insight"), typed from the domain and server shapes. */
import type { InsightReport } from '../../domain/insight/types.ts';
import type { ShareView } from '../../server/shares/shares.schema.ts';
import { api } from '../lib/api.ts';

export type { ShareView };

/** The person's IANA zone, so report days are their calendar days. */
export const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export const fetchInsights = () => api<InsightReport & { from: string; to: string }>('/insights');
export const fetchPegStatus = () => api<{ due: boolean; lastAt: string | null }>('/peg');
export const sendPeg = (answers: { pain: number; enjoyment: number; activity: number }) =>
  api('/peg', { method: 'POST', body: answers });
export const fetchShares = () => api<{ items: ShareView[] }>('/shares');
export const createShare = (expiresInDays: number, days: number) =>
  api<{ id: string; url: string; expiresAt: string }>('/shares', {
    method: 'POST',
    body: { scope: ['report'], expiresInDays, days, tz: timeZone() },
  });
export const revokeShare = (id: string) => api(`/shares/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** The report page's address (opened in a new tab, printed or saved as PDF from the browser). */
export const reportUrl = (days: number) =>
  `/api/v1/reports/clinician?days=${days}&tz=${encodeURIComponent(timeZone())}`;
