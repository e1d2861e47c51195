/**
 * The numeric safety limits of the home plan, each with the fact it rests on (evidence.md section 2).
 * Guided sessions in the web app and the plan builder both read these; change a number here only with
 * a fact to back it.
 */

/** CO-20: at most 20 minutes per cold application. */
export const COLD_MAX_MINUTES = 20;
/** CO-20: a break between cold applications; the next starts no sooner than 2 h after the last one started. */
export const COLD_MIN_GAP_HOURS = 2;

/** HE-TEST: cap a heat session at 20 minutes. */
export const HEAT_MAX_MINUTES = 20;
/** CR-BURN, CR-CAPSAICIN: no heat pad, hot water bottle or heat lamp for 2 h after any cream. */
export const CREAM_HEAT_LOCKOUT_HOURS = 2;

/** IB-DOSE: at least 4 hours between ibuprofen doses. */
export const IBU_MIN_INTERVAL_HOURS = 4;
/** IB-DOSE: at most 1,200 mg in any 24 h without a doctor. */
export const IBU_MAX_DAILY_MG = 1200;
/** IB-DOSE, IB-NICE: the lowest label dose, the one we suggest first. */
export const IBU_DOSE_MG = 200;
/** IB-DOSE: the highest single dose on the label. */
export const IBU_MAX_SINGLE_MG = 400;
/** IB-DOSE: the dose sizes a guided session may offer, lowest first (IB-NICE). */
export const IBU_DOSE_CHOICES_MG: readonly number[] = [IBU_DOSE_MG, IBU_MAX_SINGLE_MG];
/** IB-DOSE: no more than 10 days of ibuprofen for pain without a doctor. */
export const IBU_MAX_DAYS = 10;

/** CR-MENTHOL: at most 4 menthol applications in 24 h. */
export const MENTHOL_MAX_PER_DAY = 4;
/** CR-CAPSAICIN: at most 4 capsaicin applications in 24 h. */
export const CAPSAICIN_MAX_PER_DAY = 4;
/**
 * Methyl salicylate has no cap of its own in the evidence; these rubs are sold with menthol and the
 * same 3-4 a day label (CR-MENTHOL), and every rub can burn (CR-BURN), so the same cap applies.
 */
export const SALICYLATE_MAX_PER_DAY = 4;
/** CR-MENTHOL: stop and ask a doctor when a menthol product is still needed after 7 days. */
export const MENTHOL_MAX_DAYS = 7;

/** The rolling window of every daily cap, measured back from the check-in's `at`. */
export const ROLLING_WINDOW_HOURS = 24;

/** CO-WHEN and the contract's phase rule: acute while less than 48 h have passed since onset. */
export const ACUTE_HOURS = 48;

/** ST-HOLD: default static stretch hold (the seed's 30 s, at the top of the 10-30 s adult range). */
export const HOLD_DEFAULT_SECONDS = 30;
/** ST-HOLD: the shortest useful hold for most adults. */
export const HOLD_MIN_SECONDS = 10;
/** ST-HOLD: the ceiling (30-60 s suits older adults); never longer. */
export const HOLD_MAX_SECONDS = 60;
/** ST-HOLD: older adults may hold 30-60 s. */
export const HOLD_OLDER_AGE = 65;

/** EX-ROUTINE: start each back exercise with 5 repetitions, 3 times a day. */
export const ROUTINE_START_REPS = 5;
/** EX-ROUTINE: how many times a day to do the routine. */
export const ROUTINE_TIMES_PER_DAY = 3;
/** EX-WALK: build walks toward about 30 minutes on 5 days a week. */
export const WALK_TARGET_MINUTES = 30;
/** EX-WALK: walking days a week to build toward. */
export const WALK_TARGET_DAYS_PER_WEEK = 5;

/** SL-HOURS: adults need 7 or more hours; 7-9 h for 18-64, 7-8 h for 65 and over. */
export const SLEEP_GOAL_HOURS = 7;
/** SL-HOURS: the top of the goal range for adults under 65. */
export const SLEEP_MAX_GOAL_HOURS = 9;
/** SL-HOURS: the top of the goal range from 65. */
export const SLEEP_MAX_GOAL_HOURS_OLDER = 8;
/** SL-HOURS: the age from which the older range applies. */
export const SLEEP_OLDER_AGE = 65;

/** MA-COMMON: soreness after a massage usually settles within 36 h; DOMS peaks up to 72 h. */
export const MASSAGE_SORENESS_HOURS = 36;
/** MA-COMMON: the plan waits this long after a massage before suggesting the next. */
export const MASSAGE_REST_HOURS = 72;

/**
 * HY-NO-EXCESS: a daily drinking goal stays the person's own and within ordinary ranges; the web app's
 * goal picker stops here. HY-WEAK: a glass before exercise is the habit we suggest.
 */
export const WATER_MAX_DAILY_GOAL_ML = 3000;
/** HY-WEAK: one ordinary glass before exercise. */
export const WATER_BEFORE_EXERCISE_ML = 250;
