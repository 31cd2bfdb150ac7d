// Keyboard and timer for the practice pages. Everything here is a shortcut: the forms work without it.
(() => {
  const timer = document.querySelector("[data-timer]");
  if (timer) {
    const started = Date.now();
    timer.hidden = false;
    const tick = () => {
      const s = Math.floor((Date.now() - started) / 1000);
      timer.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
    };
    tick();
    setInterval(tick, 1000);
    // Time the answer from when the page was shown on this machine, not when the server rendered it.
    const shownAt = document.querySelector("[data-shown-at]");
    if (shownAt) shownAt.value = String(started);
  }

  const typing = (el) => el && (el.tagName === "TEXTAREA" || el.tagName === "INPUT" || el.tagName === "SELECT" || el.isContentEditable);

  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      const form = document.querySelector("[data-reveal-form]");
      if (form) { event.preventDefault(); form.requestSubmit(); }
      return;
    }
    // Escape leaves a text field (the answer box has autofocus), so U and 1–4 work without the mouse.
    if (event.key === "Escape" && !event.isComposing && typing(document.activeElement)) {
      document.activeElement.blur();
      return;
    }
    // Enter in a reflection field would submit the rating form with its first button, Again: rating stays a choice.
    if (event.key === "Enter" && !event.isComposing && document.activeElement?.tagName === "INPUT"
        && document.activeElement.closest("[data-rate-form]")) {
      event.preventDefault();
      return;
    }
    if (typing(document.activeElement) || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    const target = document.querySelector(`[data-key="${CSS.escape(key)}"]`);
    if (target) {
      event.preventDefault();
      target.click();
    }
  });
  // Marks the shortcuts as live, so a script (or a test) knows a key pressed now reaches the listener.
  document.documentElement.dataset.shortcuts = "ready";
})();
