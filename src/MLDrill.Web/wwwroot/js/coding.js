// The coding page: a CodeMirror editor over the plain textarea (the form works without it), keyboard
// shortcuts to run and submit, and polling of the result panel until the verdict is in.
(() => {
  const form = document.getElementById("code-form");
  const textarea = document.getElementById("source");
  const host = document.getElementById("editor");
  const cm = window.MLDrillEditor;
  let view = null;

  const send = (selector) => {
    if (view) textarea.value = view.state.doc.toString();
    const button = form.querySelector(selector);
    if (button) form.requestSubmit(button);
  };

  if (cm && form && textarea && host) {
    view = new cm.EditorView({
      doc: textarea.value,
      extensions: [cm.basicSetup, cm.python(), cm.indentUnit.of("    "), cm.keymap.of([cm.indentWithTab]),
        cm.EditorView.contentAttributes.of({ "aria-label": "Your solution" })],
      parent: host,
    });
    host.hidden = false;
    textarea.hidden = true;
    form.addEventListener("submit", () => { textarea.value = view.state.doc.toString(); });
  }

  // Captured on the form, before the editor's own Ctrl+Enter (insert a line) sees the key.
  form?.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      send(event.shiftKey ? "[data-submit]" : "[data-run]");
    }
  }, true);

  // While a run is judged, fetch the page again and swap in the parts that change (result, reference,
  // history), leaving the editor and anything typed in it alone.
  const poll = async () => {
    const panel = document.getElementById("result");
    const url = panel?.dataset.poll;
    if (!url) return;
    try {
      const response = await fetch(url, { headers: { "Accept": "text/html" }, credentials: "same-origin" });
      if (response.ok) {
        const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
        for (const selector of ["#result", "section.reference", "section.history"]) {
          const now = document.querySelector(selector);
          const next = fresh.querySelector(selector);
          if (now && next) now.replaceWith(document.importNode(next, true));
        }
      }
    } catch { /* try again on the next tick */ }
    setTimeout(poll, 500);
  };
  setTimeout(poll, 300);
  // The view is exposed for scripts (and browser tests) that set the code as a whole.
  if (view) cm.view = view;
  document.documentElement.dataset.editor = view ? "codemirror" : "textarea";
})();
