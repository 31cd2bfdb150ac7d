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
  // Mermaid is large (3.5 MB): fetch it only when the page has a diagram, rather than on every question.
  const mermaidSrc = document.currentScript && document.currentScript.dataset.mermaidSrc;
  if (mermaidSrc && document.querySelector(".prose .mermaid")) {
    const script = document.createElement("script");
    script.src = mermaidSrc;
    script.onload = () => {
      // Strict mode alone still renders HTML labels (sanitised, but an <img> in a label stays): SVG text labels only.
      window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", htmlLabels: false, theme: dark ? "dark" : "neutral" });
      window.mermaid.run({ querySelector: ".prose .mermaid" }).catch(() => {});
    };
    document.head.appendChild(script);
  }
})();
