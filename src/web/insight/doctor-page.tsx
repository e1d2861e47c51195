import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../lib/api.ts';
import { createShare, fetchShares, reportUrl, revokeShare, type ShareView } from './insight-api.ts';

const date = (iso: string) =>
  new Date(iso).toLocaleString([], { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const STATUS: Record<ShareView['status'], string> = {
  active: 'Active',
  expired: 'Expired',
  revoked: 'Revoked',
};

function ShareList({ items, onRevoke }: { items: ShareView[]; onRevoke: (id: string) => void }) {
  if (items.length === 0) return <p class="muted">No links yet.</p>;
  return (
    <ul class="stack shares">
      {items.map((s) => (
        <li key={s.id} class="card">
          <p>
            <strong>{STATUS[s.status]}</strong>: report of {s.days} days, made {date(s.createdAt)},{' '}
            {s.status === 'revoked' && s.revokedAt
              ? `revoked ${date(s.revokedAt)}`
              : `until ${date(s.expiresAt)}`}
            .
          </p>
          <p class="small">
            {s.accesses.length === 0
              ? 'Not opened yet.'
              : `Opened ${s.accesses.length} time${s.accesses.length === 1 ? '' : 's'}: ${s.accesses.map((a) => date(a.at)).join(', ')}.`}
          </p>
          {s.status === 'active' && (
            <button type="button" class="btn-secondary" onClick={() => onRevoke(s.id)}>
              Stop this link now
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * "For my doctor": the one-page report to print or save as PDF, a revocable link for a clinician or
 * therapist (with every opening listed), and the data to take elsewhere (FHIR, JSON, CSV).
 */
export function DoctorPage() {
  const [days, setDays] = useState(30);
  const [expires, setExpires] = useState(14);
  const [shares, setShares] = useState<ShareView[] | null>(null);
  const [made, setMade] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    fetchShares()
      .then((r) => setShares(r.items))
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : 'Could not load your links.'));
  useEffect(() => {
    void load();
  }, []);

  const share = async () => {
    setError(null);
    try {
      setMade((await createShare(expires, days)).url);
      await load();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Could not make a link.');
    }
  };
  const revoke = async (id: string) => {
    await revokeShare(id).catch(() => undefined);
    setMade(null);
    await load();
  };

  return (
    <div class="stack">
      <h1>For my doctor</h1>
      <section class="card stack" aria-labelledby="rep-h">
        <h2 id="rep-h">A one-page summary</h2>
        <p>
          Pain trend, weekly PEG, red flags, ibuprofen, creams, what seems to help, massages and your notes,
          on one printable page.
        </p>
        <label class="field">
          <span>Period</span>
          <select value={days} onChange={(e) => setDays(Number(e.currentTarget.value))}>
            <option value={14}>Last 14 days</option>
            <option value={30}>Last 30 days</option>
            <option value={90}>Last 90 days</option>
          </select>
        </label>
        <a class="btn" href={reportUrl(days)} target="_blank" rel="noopener">
          Open the summary (print or save as PDF)
        </a>
      </section>

      <section class="card stack" aria-labelledby="share-h">
        <h2 id="share-h">Share a link</h2>
        <p>
          Anyone with the link can read this summary until it expires or you stop it. You see every time it is
          opened.
        </p>
        <label class="field">
          <span>Link works for</span>
          <select value={expires} onChange={(e) => setExpires(Number(e.currentTarget.value))}>
            <option value={3}>3 days</option>
            <option value={14}>14 days</option>
            <option value={30}>30 days</option>
          </select>
        </label>
        <button type="button" class="btn" onClick={share}>
          Make a link
        </button>
        {made && (
          <p role="status" class="share-url">
            Your link:{' '}
            <input readOnly value={made} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              class="btn-secondary"
              onClick={() => void navigator.clipboard?.writeText(made).catch(() => undefined)}
            >
              Copy link
            </button>
          </p>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {shares && <ShareList items={shares} onRevoke={revoke} />}
      </section>

      <section class="card stack" aria-labelledby="data-h">
        <h2 id="data-h">Your data</h2>
        <ul>
          <li>
            <a href="/api/v1/me/fhir" download>
              Health record file (FHIR R4, for clinic systems)
            </a>
          </li>
          <li>
            <a href="/api/v1/me/export?format=csv&table=events" download>
              Diary as a spreadsheet (CSV)
            </a>
          </li>
          <li>
            <a href="/api/v1/me/export" download>
              Everything (JSON)
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
