/*
 * The modern pdf.js build (pdfjs-dist/build) is about twice as fast as the legacy one in Node: the
 * legacy build loads core-js, which replaces Array.prototype.push (and more) process-wide with a
 * slow JavaScript version. The modern build needs a few standard things Node 20 lacks (Node 22 has the
 * first two); each is added only when missing, so on a newer Node it steps aside.
 */

// ES2024 Promise.withResolvers (Node 22).
if (typeof (Promise as { withResolvers?: unknown }).withResolvers !== "function") {
  Object.defineProperty(Promise, "withResolvers", {
    configurable: true,
    writable: true,
    value: function withResolvers<T>(this: PromiseConstructor) {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new this<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

// ES2024 ArrayBuffer.prototype.transferToFixedLength (Node 21): a new buffer with the contents, the
// old one detached. structuredClone with a transfer list does exactly that for the same length.
const bufferProto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
if (typeof bufferProto.transferToFixedLength !== "function") {
  Object.defineProperty(bufferProto, "transferToFixedLength", {
    configurable: true,
    writable: true,
    value: function transferToFixedLength(this: ArrayBuffer, length: number = this.byteLength): ArrayBuffer {
      if (length === this.byteLength) return structuredClone(this, { transfer: [this] });
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      structuredClone(this, { transfer: [this] });
      return copy;
    },
  });
}

// URL.parse (Node 22.1, backported to 20.18): pdf.js checks link and font URLs with it, and
// package.json allows any Node 20.
if (typeof (URL as { parse?: unknown }).parse !== "function") {
  Object.defineProperty(URL, "parse", {
    configurable: true,
    writable: true,
    value: function parse(url: string | URL, base?: string | URL): URL | null {
      try {
        return new URL(url, base);
      } catch {
        return null;
      }
    },
  });
}

// Uint8Array.prototype.toBase64 (TC39 "Uint8Array to/from base64", not yet in Node): pdf.js encodes
// every font it loads with it when present, else through a binary string and btoa, which costs more
// than all our own code on a CJK document. Buffer's encoder gives the same text.
const bytesProto = Uint8Array.prototype as Uint8Array & { toBase64?: unknown };
if (typeof bytesProto.toBase64 !== "function") {
  Object.defineProperty(bytesProto, "toBase64", {
    configurable: true,
    writable: true,
    value: function toBase64(this: Uint8Array, options: { alphabet?: "base64" | "base64url"; omitPadding?: boolean } = {}): string {
      const alphabet = options.alphabet ?? "base64";
      if (alphabet !== "base64" && alphabet !== "base64url") throw new TypeError(`unknown base64 alphabet: ${String(alphabet)}`);
      let text = Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString("base64");
      if (alphabet === "base64url") text = text.replace(/\+/g, "-").replace(/\//g, "_");
      return options.omitPadding ? text.replace(/=+$/, "") : text;
    },
  });
}

// DOMMatrix (Geometry Interfaces): pdf.js's canvas code builds one identity matrix when its module
// loads, and uses more only to paint, which the extractor never does. A 2D-only stand-in is enough;
// it saves loading @napi-rs/canvas (~36 MB resident, 0.1–0.3 s) as the legacy build would.
if (typeof (globalThis as { DOMMatrix?: unknown }).DOMMatrix !== "function") {
  class DOMMatrix {
    a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
    readonly is2D = true;
    constructor(init?: ArrayLike<number>) {
      if (init && init.length === 6) {
        const [a, b, c, d, e, f] = Array.from(init, Number) as [number, number, number, number, number, number];
        Object.assign(this, { a, b, c, d, e, f });
      }      else if (init && init.length) throw new TypeError("DOMMatrix stand-in: only 2D (6-value) matrices");
    }
    get isIdentity(): boolean {
      return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
    }
  }
  (globalThis as { DOMMatrix?: unknown }).DOMMatrix = DOMMatrix;
}

// The modern build warns once, on stderr, when it loads in Node: "Please use the `legacy` build".
// Only that line is held back, and only while pdf.js loads (pdfjs.ts calls endQuietLoad after).
const warn = console.warn;
console.warn = (...args: unknown[]): void => {
  if (typeof args[0] === "string" && args[0].includes("Please use the `legacy` build")) return;
  warn(...args);
};

export function endQuietLoad(): void {
  console.warn = warn;
}
