// Procedural MOF lattice tile (greyscale RGBA) for the crystal faces: 2 × 2 cells with cage windows and cell edges.
// Pure data; the scene wraps it in a repeating texture. One tile spans DISPLAY.latticeTileNm.

export function latticeTile(size = 64): Uint8Array {
  const data = new Uint8Array(size * size * 4);
  const cell = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = (x % cell) - cell / 2 + 0.5, cy = (y % cell) - cell / 2 + 0.5;
      const rr = Math.hypot(cx, cy);
      let v = 255;
      const onEdge = x % cell < 1.5 || y % cell < 1.5;
      if (onEdge) v = 170;
      else if (Math.abs(rr - cell * 0.27) < 1.4) v = 150; // cage window ring
      else if (rr < cell * 0.27) v = 232;
      const o = 4 * (y * size + x);
      data[o] = data[o + 1] = data[o + 2] = v;
      data[o + 3] = 255;
    }
  }
  return data;
}
