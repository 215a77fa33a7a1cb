/** An 8-bit grayscale image, row-major, 0 = black, 255 = white. */
export interface GrayImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** A pixel is ink when darker than this. */
export const INK = 150;

export interface PixelBox {
  left: number;
  top: number;
  /** Exclusive. */
  right: number;
  bottom: number;
}

/**
 * The region `box` of `image` resized (bilinear) to `width` × `height`, as floats written by `put`
 * (one call per output pixel, row-major): the models want normalised floats, not bytes.
 */
export function resample(image: GrayImage, box: PixelBox, width: number, height: number, put: (index: number, value: number) => void): void {
  const sx = (box.right - box.left) / width;
  const sy = (box.bottom - box.top) / height;
  const { data, width: w, height: h } = image;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(h - 1, Math.max(0, box.top + (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(h - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(w - 1, Math.max(0, box.left + (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(w - 1, x0 + 1);
      const wx = fx - x0;
      const top = data[y0 * w + x0]! * (1 - wx) + data[y0 * w + x1]! * wx;
      const bottom = data[y1 * w + x0]! * (1 - wx) + data[y1 * w + x1]! * wx;
      put(y * width + x, top * (1 - wy) + bottom * wy);
    }
  }
}

/** The smallest box holding the ink inside `box` (undefined when it has none). */
export function inkBounds(image: GrayImage, box: PixelBox): PixelBox | undefined {
  const { data, width } = image;
  let left = Infinity, right = -Infinity, top = Infinity, bottom = -Infinity;
  for (let y = box.top; y < box.bottom; y++) {
    const row = y * width;
    for (let x = box.left; x < box.right; x++) {
      if (data[row + x]! < INK) {
        if (x < left) left = x;
        if (x > right) right = x;
        if (y < top) top = y;
        if (y > bottom) bottom = y;
      }
    }
  }
  return left === Infinity ? undefined : { left, top, right: right + 1, bottom: bottom + 1 };
}

/** Clamps a box to the image. */
export function clampBox(box: PixelBox, image: GrayImage): PixelBox {
  return {
    left: Math.max(0, Math.min(image.width, Math.round(box.left))),
    top: Math.max(0, Math.min(image.height, Math.round(box.top))),
    right: Math.max(0, Math.min(image.width, Math.round(box.right))),
    bottom: Math.max(0, Math.min(image.height, Math.round(box.bottom))),
  };
}
