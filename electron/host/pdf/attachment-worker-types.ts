/** What attachment-worker.mjs is given (as its workerData) and what it posts back. */
export interface AttachmentWorkerInput {
  bytes: Uint8Array;
  /** Bytes the thread may allocate in typed arrays and ArrayBuffers, in total, over the whole parse. */
  maxAllocatedBytes: number;
  /** Embedded files read before the PDF is refused. */
  maxAttachments: number;
}

export type AttachmentWorkerOutput =
  | { ok: true; attachments: Array<{ filename: string; content: Uint8Array }>; allocatedBytes: number }
  | { ok: false; problem: 'too-large' | 'too-many' | 'damaged'; allocatedBytes: number };
