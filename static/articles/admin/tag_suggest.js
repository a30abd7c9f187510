"use strict";
// Suggest existing tags for the last comma-separated entry of a tag field.
// Each suggestion completes the whole field value and ends with ", " so the
// editor can go on typing the next tag (and multi-word tags stay one tag).
document.addEventListener("DOMContentLoaded", () => {
  for (const input of document.querySelectorAll("input[data-tag-suggest-url]")) {
    const list = document.getElementById(input.getAttribute("list"));
    let timer = null;
    let lastTerm = null;
    input.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(async () => {
        const parts = input.value.split(",");
        const term = parts.pop().trim();
        if (term === lastTerm) return;
        lastTerm = term;
        if (!term) {
          list.replaceChildren();
          return;
        }
        const url = new URL(input.dataset.tagSuggestUrl, window.location.href);
        url.searchParams.set("term", term);
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        if (!response.ok) return;
        const data = await response.json();
        const kept = parts.map((part) => part.trim()).filter(Boolean);
        list.replaceChildren(
          ...data.results.map((name) => {
            const option = document.createElement("option");
            option.value = [...kept, name].join(", ") + ", ";
            option.label = name;
            return option;
          }),
        );
      }, 150);
    });
  }
});
