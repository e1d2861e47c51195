/**
 * The profile editor's "Sessions and prices", so a client knows the cost before booking: each length the therapist
 * offers with its price, and one currency for all of them. Prices are typed in major units ("70", "72.50") and sent
 * in minor units.
 */
import { CURRENCIES } from './money.ts';

/** Lengths offered as checkboxes; any other length a profile already has is kept and shown too. */
const LENGTHS = [45, 60, 90, 120];

/** A currency's name in the reader's language ("British pound"), or the code when the platform has none. */
function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function SessionsAndPrices(props: {
  minutes: number[];
  priceText: Record<number, string>;
  currency: string;
  /** The length whose price is not an amount, with what to do. */
  bad: { minutes: number; message: string } | null;
  /** A server message about lengths or prices. */
  serverError: string | undefined;
  onChange: (patch: {
    sessionMinutes?: number[];
    priceText?: Record<number, string>;
    currency?: string;
  }) => void;
}) {
  const lengths = [...new Set([...LENGTHS, ...props.minutes])].sort((a, b) => a - b);
  const currencies = CURRENCIES.some((c) => c === props.currency)
    ? CURRENCIES
    : [props.currency, ...CURRENCIES];
  return (
    <section aria-labelledby="p-sessions-title" data-profile-prices>
      <h3 id="p-sessions-title">Sessions and prices</h3>
      <div class="field">
        <label for="p-currency">
          <span>Currency</span>
        </label>
        <select
          id="p-currency"
          value={props.currency}
          onChange={(e) => props.onChange({ currency: e.currentTarget.value })}
          data-currency
        >
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c} ({currencyName(c)})
            </option>
          ))}
        </select>
      </div>
      <fieldset class="bare">
        <legend class="bk-legend">Session lengths you offer, and the price of each</legend>
        <p class="small muted" id="p-prices-hint">
          Clients see the price before they book, and what a late cancellation may cost. Leave a price empty
          to show none.
        </p>
        {lengths.map((m) => {
          const on = props.minutes.includes(m);
          const bad = props.bad?.minutes === m ? props.bad.message : null;
          return (
            <div class="bk-price-row" key={m} data-length={m}>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) =>
                    props.onChange({
                      sessionMinutes: e.currentTarget.checked
                        ? [...props.minutes, m]
                        : props.minutes.filter((x) => x !== m),
                    })
                  }
                />
                {m} minutes
              </label>
              {on ? (
                <div class="field bk-price">
                  <label for={`p-price-${m}`}>
                    <span>
                      Price for {m} minutes, in {props.currency}
                    </span>
                  </label>
                  <input
                    id={`p-price-${m}`}
                    inputMode="decimal"
                    autoComplete="off"
                    value={props.priceText[m] ?? ''}
                    aria-invalid={bad ? true : undefined}
                    aria-describedby={bad ? `p-price-${m}-err` : 'p-prices-hint'}
                    onInput={(e) =>
                      props.onChange({ priceText: { ...props.priceText, [m]: e.currentTarget.value } })
                    }
                    data-price={m}
                  />
                  {bad ? (
                    <p class="error" id={`p-price-${m}-err`}>
                      {bad}
                    </p>
                  ) : null}
                </div>
              ) : null}
            </div>
          );
        })}
        {props.serverError ? <p class="error">{props.serverError}</p> : null}
      </fieldset>
    </section>
  );
}
