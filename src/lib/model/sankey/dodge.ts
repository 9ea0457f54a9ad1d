/**
 * Moves label centres apart along one axis so no two overlap, each as close to where it wants to
 * be as it can: overlapping neighbours merge into a block centred on the mean of their wishes
 * (least squares), blocks merge until none overlap, then the lot is kept inside [min, max].
 * Items must be sorted by their wished position; returns the new centres in that order.
 */
export function dodge(items: readonly { y: number; h: number }[], min: number, max: number, gap = 0): number[] {
  type Block = { first: number; count: number; height: number; wish: number };
  const blocks: Block[] = [];
  items.forEach((item, i) => {
    // wish: the block's top as wished by its members, averaged.
    let block: Block = { first: i, count: 1, height: item.h + gap, wish: item.y - item.h / 2 };
    while (blocks.length) {
      const prev = blocks[blocks.length - 1]!;
      if (prev.wish + prev.height <= block.wish) break;
      blocks.pop();
      const count = prev.count + block.count;
      const wish = (prev.wish * prev.count + (block.wish - prev.height) * block.count) / count;
      block = { first: prev.first, count, height: prev.height + block.height, wish };
    }
    blocks.push(block);
  });
  const out: number[] = [];
  const total = blocks.reduce((s, b) => s + b.height, 0);
  // Keep inside the bounds: shift the whole run down from the top, then up from the bottom.
  let floor = min;
  let room = max - min - total;
  for (const b of blocks) {
    const top = Math.max(floor, Math.min(b.wish, floor + Math.max(0, room)));
    room -= top - floor;
    let y = top;
    for (let i = b.first; i < b.first + b.count; i++) {
      const h = items[i]!.h;
      out.push(y + h / 2);
      y += h + gap;
    }
    floor = y;
  }
  return out;
}
