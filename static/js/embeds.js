"use strict";
// Click-to-load embeds: the third party's iframe is created only after the
// reader asks for it. Without this script the placeholder links out instead.
for (const figure of document.querySelectorAll("figure.embed[data-embed-src]")) {
  const button = figure.querySelector(".embed__load");
  if (!button) continue;
  button.hidden = false;
  button.addEventListener("click", () => {
    const frame = document.createElement("iframe");
    frame.src = figure.dataset.embedSrc;
    frame.title = figure.dataset.embedTitle || "";
    frame.loading = "lazy";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
    frame.className = "embed__frame";
    figure.replaceChildren(frame);
    frame.focus();
  });
}
