// The first HTML of a public page carries a copy of the page (data-prerendered) that shows at once, before
// Flow's client has started. When Flow shows the page itself, the copy goes in the same frame, and what the
// visitor did on it carries over: text typed into a field, the focus (with the caret) and the scroll position.
// Copy and page are the same markup, so an element is found again by its path of element children.
// Without script, or if Flow never starts, the copy simply stays: the page can still be read.
(() => {
  const copy = document.querySelector('body > [data-prerendered]');
  const outlet = document.getElementById('outlet');
  if (!copy || !outlet) {
    return;
  }

  const pathOf = element => {
    const path = [];
    for (let node = element; node && node !== copy; node = node.parentElement) {
      path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
    }
    return path;
  };
  const follow = (root, path) => path.reduce((node, index) => node && node.children[index], root);
  const twinOf = (element, page) => {
    const twin = follow(page, pathOf(element));
    return twin && twin.tagName === element.tagName ? twin : null;
  };

  const carryOver = page => {
    for (const field of copy.querySelectorAll('input, textarea, select')) {
      const ticks = field.type === 'checkbox' || field.type === 'radio';
      const changed = ticks ? field.checked !== field.defaultChecked
          : field.value !== (field.defaultValue ?? field.value);
      const twin = changed ? twinOf(field, page) : null;
      if (twin) {
        if (ticks) {
          twin.checked = field.checked;
        } else {
          twin.value = field.value;
        }
        twin.dispatchEvent(new Event('input', { bubbles: true }));
        twin.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    const focused = document.activeElement;
    if (focused && focused !== copy && copy.contains(focused)) {
      const twin = twinOf(focused, page);
      if (twin && typeof twin.focus === 'function') {
        twin.focus({ preventScroll: true });
        if (typeof focused.selectionStart === 'number' && typeof twin.setSelectionRange === 'function') {
          try {
            twin.setSelectionRange(focused.selectionStart, focused.selectionEnd);
          } catch (ignored) {
            // Not every kind of input has a caret.
          }
        }
      }
    }
  };

  const watcher = new MutationObserver(() => {
    const page = outlet.querySelector('.page');
    if (!page || page.getClientRects().length === 0) {
      return;
    }
    watcher.disconnect();
    const x = window.scrollX;
    const y = window.scrollY;
    carryOver(page);
    copy.remove();
    window.scrollTo(x, y);
  });
  watcher.observe(outlet, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden'] });
})();
