/** One tooltip for every element with data-tip: shown on hover and on keyboard focus. */
export function initTips(): void {
  const tip = document.getElementById('tip')!;
  let owner: HTMLElement | null = null;
  const show = (el: HTMLElement) => {
    const text = el.dataset.tip;
    if (!text) return;
    owner = el;
    tip.textContent = text;
    tip.hidden = false;
    const r = el.getBoundingClientRect();
    const w = Math.min(420, window.innerWidth - 16);
    tip.style.maxWidth = `${w}px`;
    const left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - w - 8));
    tip.style.left = `${left}px`;
    tip.style.top = `${r.bottom + window.scrollY + 6}px`;
    el.setAttribute('aria-describedby', 'tip');
  };
  const hide = (el: HTMLElement) => {
    if (owner !== el) return;
    tip.hidden = true;
    owner = null;
    el.removeAttribute('aria-describedby');
  };
  const find = (t: EventTarget | null) =>
    t instanceof Element ? (t.closest('[data-tip]') as HTMLElement | null) : null;
  document.addEventListener('mouseover', (e) => {
    const el = find(e.target);
    if (el && el !== owner) show(el);
  });
  document.addEventListener('mouseout', (e) => {
    const el = find(e.target);
    if (el && !el.contains(e.relatedTarget as Node)) hide(el);
  });
  document.addEventListener('focusin', (e) => {
    const el = find(e.target);
    if (el) show(el);
  });
  document.addEventListener('focusout', (e) => {
    const el = find(e.target);
    if (el) hide(el);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && owner) hide(owner);
  });
}
