/** Worker-thread entry of the analysis pool: runs one AnalysisJob per message and posts its result back. */
import { getPriority, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { runAnalysisJob, type AnalysisJob } from './analysis-job.js';

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
  port.on('message', (message: { id: number; job: AnalysisJob }) => {
    void runAnalysisJob(message.job).then((result) => {
      port.postMessage({ id: message.id, result }, result.kind === 'analyze' ? [result.json.buffer] : []);
    });
  });
  port.postMessage({ ready: true });
}
