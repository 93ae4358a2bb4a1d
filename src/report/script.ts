/**
 * The report's only script, inlined. It reads nothing but the page itself: it shows a passage's
 * details (the hidden block its `data-tip` names) in a floating tooltip on hover, focus or tap,
 * hides it on Escape, and opens the folded section a `#link` points into. Without it the page still
 * reads: the details are in each source's list of statements and in `aria-describedby`.
 */
export const REPORT_SCRIPT = `
(function () {
  var tip = document.getElementById('tooltip');
  if (!tip) return;
  var current = null;
  var pinned = false;
  function marks(of) {
    return document.querySelectorAll('mark.hl[data-tip="' + of.getAttribute('data-tip') + '"]');
  }
  function setActive(mark, on) {
    marks(mark).forEach(function (m) { m.classList.toggle('active', on); });
  }
  function place(mark) {
    var rects = mark.getClientRects();
    var r = mark.getBoundingClientRect();
    var room = window.innerHeight - 16;
    var below = room - r.bottom;
    var above = r.top - 16;
    // Below the highlight if it fits, else on whichever side has more room, scrolling inside if need be.
    tip.style.maxHeight = '';
    var height = tip.offsetHeight;
    var under = height <= below || below >= above;
    tip.style.maxHeight = Math.max(120, under ? below : above) + 'px';
    height = tip.offsetHeight;
    var width = tip.offsetWidth;
    var left = Math.max(8, Math.min(rects.length ? rects[0].left : r.left, window.innerWidth - width - 8));
    tip.style.left = left + 'px';
    tip.style.top = (under ? r.bottom + 8 : r.top - height - 8) + 'px';
  }
  function show(mark) {
    var body = document.getElementById(mark.getAttribute('data-tip'));
    if (!body) return;
    if (current && current !== mark) setActive(current, false);
    tip.replaceChildren.apply(tip, Array.prototype.map.call(body.childNodes, function (n) { return n.cloneNode(true); }));
    tip.hidden = false;
    current = mark;
    setActive(mark, true);
    place(mark);
  }
  function hide() {
    clearTimeout(timer);
    if (current) setActive(current, false);
    tip.hidden = true;
    current = null;
    pinned = false;
  }
  function markOf(target) {
    return target && target.closest ? target.closest('mark.hl[data-tip]') : null;
  }
  var timer = 0;
  function cancelHide() {
    clearTimeout(timer);
  }
  function hideSoon() {
    cancelHide();
    // A short grace period lets the pointer travel from the highlight into the tooltip to scroll it.
    timer = setTimeout(function () { if (!pinned) hide(); }, 250);
  }
  document.addEventListener('mouseover', function (e) {
    var mark = markOf(e.target);
    if (mark && !pinned) {
      cancelHide();
      show(mark);
    }
  });
  document.addEventListener('mouseout', function (e) {
    var mark = markOf(e.target);
    var to = e.relatedTarget;
    if (mark && !pinned && !(to && mark.contains(to))) hideSoon();
  });
  tip.addEventListener('mouseenter', cancelHide);
  tip.addEventListener('mouseleave', function () { if (!pinned) hideSoon(); });
  document.addEventListener('focusin', function (e) {
    var mark = markOf(e.target);
    if (mark) show(mark);
  });
  document.addEventListener('focusout', function (e) {
    if (markOf(e.target) && !pinned) hide();
  });
  document.addEventListener('click', function (e) {
    var mark = markOf(e.target);
    if (mark) {
      show(mark);
      pinned = true;
    } else if (pinned && !tip.contains(e.target)) hide();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && current) hide();
  });
  window.addEventListener('scroll', function () { if (current) place(current); }, { passive: true });
  window.addEventListener('resize', function () { if (current) place(current); });
  function reveal() {
    var id = location.hash.slice(1);
    // A hand-typed or truncated fragment (#%E0%A4%A) is not valid percent-encoding: use it as it is.
    try { id = decodeURIComponent(id); } catch (e) { /* keep the raw fragment */ }
    var target = id && document.getElementById(id);
    if (!target) return;
    for (var d = target.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
    target.scrollIntoView();
    if (target.matches('mark.hl')) target.focus({ preventScroll: true });
  }
  window.addEventListener('hashchange', reveal);
  if (location.hash) reveal();
})();
`.trim();
