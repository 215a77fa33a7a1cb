import { describe, expect, it } from "vitest";
import "../../src/extract/pdf/node-polyfills.js";

// The standard methods the modern pdf.js build needs on Node 20 (added only when missing).
describe("polyfills for pdf.js on Node 20", () => {
  it("Promise.withResolvers", async () => {
    const { promise, resolve } = (Promise as unknown as { withResolvers<T>(): { promise: Promise<T>; resolve(v: T): void } }).withResolvers<number>();
    resolve(7);
    expect(await promise).toBe(7);
  });

  it("ArrayBuffer.prototype.transferToFixedLength keeps the bytes and detaches the original", () => {
    const buffer = new Uint8Array([1, 2, 3, 4]).buffer;
    const moved = (buffer as ArrayBuffer & { transferToFixedLength(n?: number): ArrayBuffer }).transferToFixedLength(2);
    expect([...new Uint8Array(moved)]).toEqual([1, 2]);
    expect(buffer.byteLength).toBe(0);
  });

  it("Uint8Array.prototype.toBase64 agrees with btoa, on a view into a larger buffer too", () => {
    const bytes = new Uint8Array([0, 251, 255, 191, 10, 200, 7]).subarray(1, 6);
    const toBase64 = (b: Uint8Array, o?: object): string => (b as Uint8Array & { toBase64(o?: object): string }).toBase64(o);
    expect(toBase64(bytes)).toBe(btoa(String.fromCharCode(...bytes)));
    expect(toBase64(bytes, { alphabet: "base64url", omitPadding: true })).toBe(btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""));
  });

  it("URL.parse returns null instead of throwing", () => {
    const parse = (URL as unknown as { parse(u: string, b?: string): URL | null }).parse;
    expect(parse("a/b", "http://example.org/x/")?.href).toBe("http://example.org/x/a/b");
    expect(parse("::")).toBeNull();
  });

  it("DOMMatrix exists for pdf.js's module-level identity matrix", () => {
    const matrix = new (globalThis as unknown as { DOMMatrix: new (init?: number[]) => { a: number; e: number } }).DOMMatrix([2, 0, 0, 2, 5, 6]);
    expect([matrix.a, matrix.e]).toEqual([2, 5]);
  });
});
