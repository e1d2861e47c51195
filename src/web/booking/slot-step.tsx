import { useEffect, useState } from 'preact/hooks';
import { StepHeading } from './bits.tsx';
import { eligibility, fetchSlots, type Slot } from './booking-api.ts';
import { daysBetween, massageWaitLine, slotFloor, slotsFrom } from './eligibility.ts';
import { massageAvailableAt, minutes, rebookFrom, slot, slotNote, step, therapist } from './flow-state.ts';
import { priceLabel } from './money.ts';
import { TherapistCard } from './therapist-card.tsx';
import {
  dayKey,
  dayKeys,
  dayLabel,
  dayParts,
  deviceTimeZone,
  groupByDay,
  longDayLabel,
  otherZoneNote,
  timeLabel,
  zonePlace,
} from './time-format.ts';

const DAY_MS = 86_400_000;

/** Local midnight (device zone, which is the client's zone) of a "YYYY-MM-DD" key. */
function localMidnight(key: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Step 2: session length, then a day and a time, shown in the client's zone (and the therapist's). */
export function SlotStep() {
  const t = therapist.value;
  const zone = deviceTimeZone();
  const [week, setWeek] = useState(0);
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  // Slots wait for the eligibility answer, so a time before the advised moment is never shown, even briefly.
  const [ready, setReady] = useState(false);
  const floor = massageAvailableAt.value;

  const todayKey = dayKey(new Date().toISOString(), zone);
  const days = dayKeys(dayKeys(todayKey, week * 7 + 1)[week * 7] ?? todayKey, 7);
  const lastWeek = Math.max(0, Math.ceil((t?.bookingWindowDays ?? 14) / 7) - 1);

  useEffect(() => {
    let live = true;
    void eligibility().then((e) => {
      if (!live) return;
      const now = Date.now();
      const from = slotFloor(e, massageAvailableAt.value, now);
      massageAvailableAt.value = from;
      // Open on the week of the later of the advised moment and a rebooking's suggested day.
      const suggested = rebookFrom.value;
      const opens =
        from === null
          ? suggested
          : suggested === null || Date.parse(from) >= Date.parse(suggested)
            ? from
            : suggested;
      if (opens !== null)
        setWeek(Math.min(lastWeek, Math.max(0, Math.floor(daysBetween(todayKey, dayKey(opens, zone)) / 7))));
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, [t?.id]);

  useEffect(() => {
    if (!t || !ready) return;
    let live = true;
    setSlots(null);
    setError(null);
    const first = days[0] ?? todayKey;
    const from = new Date(
      Math.max(Date.now(), localMidnight(first).getTime(), floor === null ? 0 : Date.parse(floor)),
    );
    const to = new Date(localMidnight(first).getTime() + 7 * DAY_MS + 2 * 3_600_000);
    if (to.getTime() <= from.getTime()) {
      setSlots([]);
      return;
    }
    fetchSlots(t.id, from.toISOString(), to.toISOString(), minutes.value)
      .then((list) => {
        if (!live) return;
        // contract v2: the advised moment is a floor for every slot offered.
        const inWeek = slotsFrom(list, floor).filter((s) => days.includes(dayKey(s.start, zone)));
        setSlots(inWeek);
        const open = groupByDay(inWeek, zone);
        setDay((d) => (d && open.some((g) => g.key === d) ? d : (open[0]?.key ?? null)));
      })
      .catch(
        (err: unknown) => live && setError(err instanceof Error ? err.message : 'Times could not load.'),
      );
    return () => {
      live = false;
    };
  }, [t?.id, minutes.value, week, reload, ready, floor]);

  if (!t) return null;
  const groups = groupByDay(slots ?? [], zone);
  const chosenDay = groups.find((g) => g.key === day);
  const picked = slot.value;

  return (
    <section aria-labelledby="slot-title" data-step-book="slot">
      <StepHeading id="slot-title">When would you like {t.displayName} to come?</StepHeading>
      <section class="card" aria-label={`About ${t.displayName}`} data-therapist-profile>
        <TherapistCard t={t} heading="h3" variant="full" zone={zone} />
      </section>
      {floor ? (
        <p class="advice" data-massage-wait>
          {massageWaitLine(floor, zone, Date.now())}
        </p>
      ) : null}
      {rebookFrom.value ? (
        <p class="muted" data-rebook-suggested>
          Suggested: from {longDayLabel(dayKey(rebookFrom.value, zone))}, about two weeks after your last
          visit. It is only a suggestion: earlier weeks are open too.
        </p>
      ) : null}
      {slotNote.value ? (
        <p class="advice" role="alert" data-slot-note>
          {slotNote.value}
        </p>
      ) : null}
      {t.sessionMinutes.length > 1 ? (
        <fieldset class="bare">
          <legend class="bk-legend">How long?</legend>
          <div class="bk-lengths">
            {t.sessionMinutes.map((m) => (
              <label class="choice" key={m}>
                <input
                  type="radio"
                  name="minutes"
                  value={m}
                  checked={minutes.value === m}
                  onChange={() => {
                    minutes.value = m;
                    slot.value = null;
                  }}
                  data-minutes={m}
                />
                {m} minutes
                {priceLabel(t.prices, m) ? `, ${priceLabel(t.prices, m)}` : ''}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p>
          Sessions are {t.sessionMinutes[0]} minutes
          {priceLabel(t.prices, t.sessionMinutes[0] ?? 0)
            ? ` (${priceLabel(t.prices, t.sessionMinutes[0] ?? 0)})`
            : ''}
          .
        </p>
      )}
      <p class="muted small">
        Times are in your time zone ({zonePlace(zone)}).
        {t.timeZone !== zone
          ? ` ${t.displayName} works on ${zonePlace(t.timeZone)} time, shown in brackets.`
          : ''}
      </p>
      <div class="bk-week">
        <button
          type="button"
          class="btn-secondary"
          disabled={week === 0}
          onClick={() => setWeek(week - 1)}
          aria-label="Earlier week"
        >
          ‹
        </button>
        <p aria-live="polite">
          {dayLabel(days[0] ?? todayKey)} to {dayLabel(days[6] ?? todayKey)}
        </p>
        <button
          type="button"
          class="btn-secondary"
          disabled={week >= lastWeek}
          onClick={() => setWeek(week + 1)}
          aria-label="Next week"
          data-next-week
        >
          ›
        </button>
      </div>
      {error ? (
        <div>
          <p class="error" role="alert">
            {error}
          </p>
          <button type="button" class="btn-secondary" onClick={() => setReload(reload + 1)}>
            Try again
          </button>
        </div>
      ) : null}
      {slots === null && !error ? (
        <p class="muted" role="status">
          Looking for free times…
        </p>
      ) : null}
      {slots !== null ? (
        <>
          <fieldset class="bare">
            <legend class="bk-legend">Day</legend>
            <div class="bk-days">
              {days.map((k) => {
                const n = groups.find((g) => g.key === k)?.items.length ?? 0;
                return (
                  <button
                    key={k}
                    type="button"
                    class="bk-day"
                    aria-pressed={day === k}
                    disabled={n === 0}
                    onClick={() => setDay(k)}
                    data-day={k}
                  >
                    <span>{dayParts(k)[0]}</span>
                    <span>{dayParts(k)[1]}</span>
                    <small>{n === 0 ? 'none free' : `${n} free`}</small>
                  </button>
                );
              })}
            </div>
          </fieldset>
          {groups.length === 0 ? (
            <p class="card" role="status">
              {floor && days.every((k) => k < dayKey(floor, zone))
                ? 'No times this week: it is before massage is advised again.'
                : 'No free times this week. Try the next week.'}
            </p>
          ) : null}
          {chosenDay ? (
            <fieldset class="bare">
              <legend class="bk-legend">Time on {longDayLabel(chosenDay.key)}</legend>
              <div class="bk-slots">
                {chosenDay.items.map((s) => {
                  const other = otherZoneNote(s.start, zone, t.timeZone);
                  return (
                    <button
                      key={s.start}
                      type="button"
                      class="bk-slot"
                      aria-pressed={picked?.start === s.start}
                      onClick={() => {
                        slot.value = s;
                        slotNote.value = null;
                      }}
                      data-slot={s.start}
                    >
                      <span>{timeLabel(s.start, zone)}</span>
                      {other ? <small>({other})</small> : null}
                    </button>
                  );
                })}
              </div>
            </fieldset>
          ) : null}
        </>
      ) : null}
      <div class="step-nav">
        <button type="button" class="btn-secondary" onClick={() => (step.value = 'find')}>
          Back
        </button>
        <button
          type="button"
          class="btn"
          disabled={picked === null}
          onClick={() => (step.value = 'details')}
          data-continue
        >
          Continue
        </button>
      </div>
    </section>
  );
}
