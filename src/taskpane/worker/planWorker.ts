/**
 * The planning Web Worker (webpack entry `planWorker`): runs the engine off the pane's
 * thread so the pane never freezes. One worker serves one run; the pane
 * terminates it afterwards, or on Cancel when the engine does not stop in time.
 */
import { handleRequest } from './handleRequest';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
};

let cancelled = false;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  void handleRequest(
    request,
    (message, transfer) => scope.postMessage(message, transfer ?? []),
    () => cancelled,
  );
};
