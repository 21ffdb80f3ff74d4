/** Worker-thread entry of the analysis pool: runs one AnalysisJob per message and posts its result back. */
import { getPriority, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import { runAnalysisJob, type AnalysisJob } from './analysis-job.js';

/** A short article analysed before the worker reports ready, so lazily loaded models are in memory before the first request. */
const WARM_UP_TEXT = 'WASHINGTON (AP) — "We will vote on Tuesday," Senator Jane Doe, a Democrat from Ohio, told reporters on Monday. A senior official said the bill would pass.';

/** How much lower than the event loop an analysis thread is scheduled. */
const WORKER_NICENESS = 5;

// On Linux the nice value belongs to the thread, so lowering it here keeps the server's event loop
// (stats, search, static files) responsive while analyses saturate every core. Elsewhere it would
// apply to the whole process, so it is left alone.
if (process.platform === 'linux') {
  try {
    setPriority(0, Math.min(19, getPriority(0) + WORKER_NICENESS));
  } catch {
    // Not permitted in some containers; analysis still works at normal priority.
  }
}

const port = parentPort;
if (port) {
  try {
    analyze({ text: WARM_UP_TEXT, date: '2017-03-02' });
  } catch {
    // A failure here shows up again, with its message, on the first real job.
  }
  port.on('message', (message: { id: number; job: AnalysisJob }) => {
    void runAnalysisJob(message.job).then((result) => {
      port.postMessage({ id: message.id, result }, result.kind === 'analyze' ? [result.json.buffer] : []);
    });
  });
  port.postMessage({ ready: true });
}
