// Renders maths (KaTeX) and diagrams (Mermaid) in rendered Markdown. Mermaid runs in strict mode: no HTML labels, no scripts.
(() => {
  const dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  if (window.renderMathInElement) {
    for (const el of document.querySelectorAll(".prose")) {
      window.renderMathInElement(el, {
        delimiters: [
          { left: "\\[", right: "\\]", display: true },
          { left: "\\(", right: "\\)", display: false },
        ],
        throwOnError: false,
      });
    }
  }
  if (window.mermaid) {
    window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "neutral" });
    window.mermaid.run({ querySelector: ".prose .mermaid" }).catch(() => {});
  }
})();
