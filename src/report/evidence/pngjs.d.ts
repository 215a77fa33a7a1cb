// Minimal types for pngjs 7.0.0 (the package ships none): only what the evidence crops use.
declare module "pngjs" {
  export class PNG {
    constructor(options: { width: number; height: number });
    width: number;
    height: number;
    data: Buffer;
    static sync: {
      write(png: PNG, options?: { colorType?: 0 | 2 | 4 | 6; inputColorType?: 0 | 2 | 4 | 6 }): Buffer;
      read(buffer: Buffer): PNG;
    };
  }
}
