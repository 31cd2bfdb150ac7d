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
    const shortcuts = cm.keymap.of([
      { key: "Mod-Enter", run: () => { send("[data-run]"); return true; } },
      { key: "Mod-Shift-Enter", run: () => { send("[data-submit]"); return true; } },
      cm.indentWithTab,
    ]);
    view = new cm.EditorView({
      doc: textarea.value,
      extensions: [cm.basicSetup, cm.python(), cm.indentUnit.of("    "), shortcuts,
        cm.EditorView.contentAttributes.of({ "aria-label": "Your solution" })],
      parent: host,
    });
    host.hidden = false;
    textarea.hidden = true;
    form.addEventListener("submit", () => { textarea.value = view.state.doc.toString(); });
  } else if (textarea) {
    textarea.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        send(event.shiftKey ? "[data-submit]" : "[data-run]");
      }
    });
  }

  const poll = async () => {
    const panel = document.getElementById("result");
    const url = panel?.dataset.poll;
    if (!url) return;
    try {
      const response = await fetch(url, { headers: { "Accept": "text/html" }, credentials: "same-origin" });
      if (response.ok) {
        const wrapper = document.createElement("div");
        wrapper.innerHTML = await response.text();
        const fresh = wrapper.querySelector("#result");
        if (fresh) panel.replaceWith(fresh);
      }
    } catch { /* try again on the next tick */ }
    setTimeout(poll, 500);
  };
  setTimeout(poll, 300);
  document.documentElement.dataset.editor = view ? "codemirror" : "textarea";
})();
