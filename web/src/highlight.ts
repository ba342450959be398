/** Text with overlapping facts marked: each stretch is marked by its innermost fact, its tip lists all. */
export interface Fact {
  start: number;
  end: number;
  kind: string;
  tip: string;
  id?: string;
  priority?: number;
}

export function highlighted(text: string, facts: Fact[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const valid = facts.filter((f) => f.start >= 0 && f.end <= text.length && f.end > f.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((f) => [f.start, f.end])])].sort((a, b) => a - b);
  let pending: { from: number; to: number; cover: Fact[]; key: string } | null = null;
  const flush = () => {
    if (!pending) return;
    const piece = text.slice(pending.from, pending.to);
    if (!pending.cover.length) frag.append(piece);
    else {
      const inner = pending.cover[0];
      const m = document.createElement('mark');
      m.className = `f-${inner.kind}`;
      m.textContent = piece;
      m.tabIndex = 0;
      m.dataset.tip = pending.cover.map((f) => f.tip).join('\n——\n');
      m.dataset.kinds = [...new Set(pending.cover.map((f) => f.kind))].join(' ');
      const withId = pending.cover.find((f) => f.id);
      if (withId?.id && !document.getElementById(withId.id) && !frag.querySelector?.(`#${withId.id}`)) m.id = withId.id;
      frag.append(m);
    }
    pending = null;
  };
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    const cover = valid
      .filter((f) => f.start <= a && f.end >= b)
      .sort((x, y) => (y.priority ?? 0) - (x.priority ?? 0) || x.end - x.start - (y.end - y.start));
    const key = cover.map((f) => valid.indexOf(f)).join(',');
    if (pending && pending.key === key) pending.to = b;
    else {
      flush();
      pending = { from: a, to: b, cover, key };
    }
  }
  flush();
  return frag;
}
