// shared/ runs both in the renderer (Chromium) and in Node 20, and may use only what both provide. Its project has
// neither the DOM nor Node types, so the few web-standard globals both platforms have are declared here.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string;
}
// A var, so that globalThis.crypto is typed as well.
// eslint-disable-next-line no-var
declare var crypto: {
  randomUUID(): string;
  getRandomValues<T extends ArrayBufferView>(array: T): T;
};
declare function structuredClone<T>(value: T): T;
