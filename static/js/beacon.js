"use strict";
// Count this story's visit even when the page came from a cache.
(function () {
  const story = document.querySelector("[data-count-url][data-article-id]");
  if (!story || !navigator.sendBeacon) return;
  const body = new URLSearchParams({ a: story.dataset.articleId });
  navigator.sendBeacon(story.dataset.countUrl, body);
})();
