import { parentPort, workerData } from 'node:worker_threads';
import type { ReportDocument } from './report-document';
import { renderReport, withBuffers } from './report-render';

/** The worker thread of renderOffThread: renders the document it is given and posts back both files. */
renderReport(withBuffers(workerData as ReportDocument), () => parentPort!.postMessage({ docxDone: true })).then(
  (result) => parentPort!.postMessage(result),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
