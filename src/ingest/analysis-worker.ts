/** The body of one analysis worker thread: answer each job message with its outcome. */
import { parentPort } from 'node:worker_threads';
import { runAnalysisJob, type AnalysisJob } from './analysis-job.js';

/** Serve jobs posted by the pool until the port closes; each message is `{ seq, job }`. */
export function serveJobs(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (message: { seq: number; job: AnalysisJob }) => {
    port.postMessage({ seq: message.seq, outcome: runAnalysisJob(message.job, true) });
  });
}

serveJobs();
