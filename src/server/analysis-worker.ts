/** Worker-thread entry of the analysis pool: runs one AnalysisJob per message and posts its result back. */
import { parentPort } from 'node:worker_threads';
import { runAnalysisJob, type AnalysisJob } from './analysis-job.js';

const port = parentPort;
if (port) {
  port.on('message', (message: { id: number; job: AnalysisJob }) => {
    void runAnalysisJob(message.job).then((result) => {
      port.postMessage({ id: message.id, result }, result.kind === 'analyze' ? [result.json.buffer] : []);
    });
  });
  port.postMessage({ ready: true });
}
