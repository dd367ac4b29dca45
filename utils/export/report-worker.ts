import { ReportWorker } from './report-pdf-job';

// Makes report.pdf off the offscreen document's (or library page's) thread, on the machine's other core,
// while that thread reads, hashes and zips the evidence. The PDF's bytes go back transferred, not copied.
// The worker may serve several exports in turn: the font it read stays with it.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(m: unknown, transfer: Transferable[]): void;
};

const worker = new ReportWorker();
scope.onmessage = (e) => {
  void worker.answer(e.data).then((answer) => {
    if (answer) scope.postMessage(answer.reply, answer.transfer);
  });
};
