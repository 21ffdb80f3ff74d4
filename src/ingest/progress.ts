/** Ingest progress for people: a redrawn bar (rate, ETA) on a terminal, a plain log line every few seconds otherwise. */

/** The counts progress is drawn from. */
export interface ProgressCounts {
  done: number;
  total: number;
  failed: number;
}

/** A progress display. */
export interface Progress {
  update(counts: ProgressCounts): void;
  /** Print a line (a problem report) without breaking the bar. */
  log(line: string): void;
  finish(counts: ProgressCounts): void;
}

const BAR_WIDTH = 24;
const TTY_INTERVAL_MS = 100;
const LOG_INTERVAL_MS = 5_000;

/** Seconds as m:ss or h:mm:ss. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** One status line: counts, percentage, rate and time left. */
export function progressLine(counts: ProgressCounts, elapsedSeconds: number, bar: boolean): string {
  const total = Math.max(counts.total, counts.done);
  const share = total === 0 ? 1 : counts.done / total;
  const rate = elapsedSeconds > 0 ? counts.done / elapsedSeconds : 0;
  const eta = rate > 0 ? (total - counts.done) / rate : Number.NaN;
  const filled = Math.round(share * BAR_WIDTH);
  const prefix = bar ? `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ` : 'ingest: ';
  const failed = counts.failed > 0 ? `, ${counts.failed} skipped` : '';
  return `${prefix}${counts.done}/${total} (${Math.floor(share * 100)}%) ${rate.toFixed(1)} articles/s, ETA ${formatDuration(eta)}${failed}`;
}

/** Create a progress display on a stream; `terminal` picks the redrawn bar. */
export function createProgress(stream: NodeJS.WritableStream, terminal: boolean, now: () => number = Date.now): Progress {
  const started = now();
  let last = 0;
  let drawn = false;
  const elapsed = (): number => (now() - started) / 1000;
  const clear = (): void => {
    if (drawn) stream.write('\r\x1b[2K');
    drawn = false;
  };
  return {
    update(counts) {
      const at = now();
      if (at - last < (terminal ? TTY_INTERVAL_MS : LOG_INTERVAL_MS)) return;
      last = at;
      if (terminal) {
        stream.write(`\r\x1b[2K${progressLine(counts, elapsed(), true)}`);
        drawn = true;
      } else stream.write(`${progressLine(counts, elapsed(), false)}\n`);
    },
    log(line) {
      clear();
      stream.write(`${line}\n`);
    },
    finish(counts) {
      clear();
      stream.write(`${progressLine(counts, elapsed(), false)}\n`);
    },
  };
}
