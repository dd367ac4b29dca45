import { answerReportJob } from './report-pdf-job';

// Makes report.pdf off the offscreen document's (or library page's) thread, on the machine's other core,
// while that thread reads, hashes and zips the evidence. The PDF's bytes go back transferred, not copied.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(m: unknown, transfer: Transferable[]): void;
};

scope.onmessage = (e) => {
  void answerReportJob(e.data).then(({ reply, transfer }) => scope.postMessage(reply, transfer));
};
