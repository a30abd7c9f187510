"use strict";
// Edit safety on the story form (templates/admin/articles/article/change_form.html).
//
// 1. A local backup: about a second after each change the form's values are
//    kept in localStorage under data-backup-key, with the story's version.
//    When the form is opened again with the same version and different
//    values (the browser crashed, the connection was lost while saving), the
//    editor is offered to restore them. A backup from an older version is
//    dropped silently: the story has been saved since. Submitting the form
//    keeps the backup, as the request may still fail; the page after a
//    successful save has a higher version, which retires it.
// 2. Presence: a heartbeat to data-presence-url right away and every 30 s
//    tells who else has the story open, whether somebody took it over and
//    whether a newer version has been saved meanwhile.
(() => {
  const root = document.getElementById("edit-safety");
  const form = root && (root.closest("form") || document.getElementById("article_form"));
  if (!form) return;

  const SAVE_DELAY = 1000;
  const HEARTBEAT_INTERVAL = 30000;
  const backupKey = root.dataset.backupKey;
  const pageVersion = String(root.dataset.version || "0");
  const backupBox = root.querySelector(".edit-safety__backup");
  const presenceBox = root.querySelector(".edit-safety__presence");

  // --- Form values --------------------------------------------------------

  const UNTRACKED_TYPES = new Set([
    "button",
    "file",
    "hidden",
    "image",
    "password",
    "reset",
    "submit",
  ]);
  const UNTRACKED_NAMES = [
    /^csrfmiddlewaretoken$/,
    /^started_from_version$/,
    /-(TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS$/,
    /__prefix__/, // the empty form Django's inlines clone
    /(^|-)action$/, // change-form and changelist actions: never replayed
    /(^|-)select_across$/,
    /^_selected_action$/,
  ];
  const editors = new Map(); // textarea -> Tiptap editor
  const pendingContent = new Map(); // textarea -> HTML to set once its editor is ready

  function isTracked(element) {
    if (!element.name || root.contains(element)) return false;
    const tag = element.tagName;
    if (tag !== "INPUT" && tag !== "TEXTAREA" && tag !== "SELECT") return false;
    if (tag === "INPUT" && UNTRACKED_TYPES.has(element.type)) return false;
    return !UNTRACKED_NAMES.some((pattern) => pattern.test(element.name));
  }

  function trackedGroups() {
    const groups = new Map();
    for (const element of form.elements) {
      if (!isTracked(element)) continue;
      if (!groups.has(element.name)) groups.set(element.name, []);
      groups.get(element.name).push(element);
    }
    return groups;
  }

  function isProseTextarea(element) {
    return (
      element.tagName === "TEXTAREA" &&
      Array.from(element.attributes).some((attr) => attr.name.startsWith("data-django-prose-editor"))
    );
  }

  // What the package writes into the textarea: an empty document is "".
  function editorHTML(editor) {
    const html = editor.getHTML();
    return /^<(\w+)(\s[^>]*)?><\/\1>$/i.test(html) ? "" : html;
  }

  function textValue(element) {
    const editor = editors.get(element);
    return editor ? editorHTML(editor) : element.value;
  }

  function readForm() {
    const fields = {};
    const labels = {};
    for (const [name, elements] of trackedGroups()) {
      const first = elements[0];
      if (first.type === "checkbox") {
        fields[name] =
          elements.length === 1
            ? first.checked
            : elements.filter((box) => box.checked).map((box) => box.value);
      } else if (first.type === "radio") {
        const checked = elements.find((radio) => radio.checked);
        fields[name] = checked ? checked.value : null;
      } else if (first.tagName === "SELECT") {
        const selected = Array.from(first.selectedOptions);
        if (first.multiple) {
          fields[name] = selected.map((option) => option.value);
          labels[name] = selected.map((option) => option.text);
        } else {
          fields[name] = first.value;
          // Autocomplete selects only hold the chosen option: keep its label.
          labels[name] = selected.length ? selected[0].text : "";
        }
      } else {
        fields[name] = textValue(first);
      }
    }
    return { fields, labels };
  }

  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

  // Names whose saved value differs from the one in the form (fields the
  // page does not have, e.g. an inline row added later, cannot be compared).
  function differingNames(saved, current) {
    return Object.keys(saved).filter(
      (name) => Object.hasOwn(current, name) && !same(saved[name], current[name]),
    );
  }

  function ensureOption(select, value, label) {
    if (value === "" || value === null) return;
    if (Array.from(select.options).some((option) => option.value === value)) return;
    select.append(new Option(label || value, value, false, false));
  }

  function setContent(textarea, html) {
    const editor = editors.get(textarea);
    if (!editor) {
      if (isProseTextarea(textarea)) pendingContent.set(textarea, html);
      return;
    }
    if (editorHTML(editor) !== html) editor.commands.setContent(html);
    textarea.value = editorHTML(editor);
  }

  function setField(elements, value, label) {
    const first = elements[0];
    if (first.type === "checkbox") {
      for (const box of elements) {
        box.checked = Array.isArray(value) ? value.includes(box.value) : Boolean(value);
      }
    } else if (first.type === "radio") {
      for (const radio of elements) radio.checked = radio.value === value;
    } else if (first.tagName === "SELECT") {
      if (first.multiple) {
        const values = Array.isArray(value) ? value.map(String) : [];
        values.forEach((one, index) => ensureOption(first, one, (label || [])[index]));
        for (const option of first.options) option.selected = values.includes(option.value);
      } else {
        const one = value === null || value === undefined ? "" : String(value);
        ensureOption(first, one, label);
        first.value = one;
      }
    } else {
      const text = value === null || value === undefined ? "" : String(value);
      if (first.value !== text) first.value = text;
      if (isProseTextarea(first)) setContent(first, text);
    }
  }

  function applyBackup(backup) {
    const groups = trackedGroups();
    const labels = backup.labels || {};
    const names = Object.keys(backup.fields).filter((name) => groups.has(name));
    // Tell the widgets (select2, the slug prepopulation, ...) about each value,
    // then set them all again: a listener may have rewritten a value meanwhile.
    for (const name of names) {
      setField(groups.get(name), backup.fields[name], labels[name]);
      for (const element of groups.get(name)) {
        element.dispatchEvent(new Event("input", { bubbles: true }));
        element.dispatchEvent(new Event("change", { bubbles: true }));
      }
    }
    for (const name of names) setField(groups.get(name), backup.fields[name], labels[name]);
  }

  // --- The backup in localStorage ----------------------------------------

  function readBackup(key = backupKey) {
    try {
      const backup = JSON.parse(window.localStorage.getItem(key));
      return backup && typeof backup === "object" && backup.fields ? backup : null;
    } catch {
      return null;
    }
  }

  let ownSavedAt = null; // the backup this page wrote last

  function writeBackup(backup) {
    try {
      window.localStorage.setItem(backupKey, JSON.stringify(backup));
      ownSavedAt = backup.savedAt;
      return true;
    } catch {
      return false; // storage full or disabled: nothing better to do
    }
  }

  function removeBackup(key = backupKey) {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // storage disabled
    }
  }

  // The form as the server rendered it: only changes from it are worth a backup.
  const baseline = readForm().fields;
  let offer = null; // a backup from an earlier visit, offered until answered
  let offerWhenReady = null; // the same, waiting for the body editor to decide
  let saveTimer = null;

  function saveNow() {
    window.clearTimeout(saveTimer);
    saveTimer = null;
    const { fields, labels } = readForm();
    if (differingNames(fields, baseline).length === 0) {
      // Nothing unsaved (any more): drop this page's backup. Another one (offered
      // here, or written by another tab on the same story) is not ours to drop.
      const stored = readBackup();
      if (stored && ownSavedAt && stored.savedAt === ownSavedAt) removeBackup();
      return false;
    }
    const version = /^\d+$/.test(pageVersion) ? Number(pageVersion) : pageVersion;
    return writeBackup({ version, savedAt: new Date().toISOString(), fields, labels });
  }

  function scheduleSave() {
    if (saveTimer === null) saveTimer = window.setTimeout(saveNow, SAVE_DELAY);
  }

  function flush() {
    if (saveTimer !== null) saveNow();
  }

  function clock(iso) {
    const moment = new Date(iso);
    if (Number.isNaN(moment.getTime())) return "?";
    const pad = (number) => String(number).padStart(2, "0");
    return `${pad(moment.getHours())}.${pad(moment.getMinutes())}`;
  }

  function button(label, onClick) {
    const element = document.createElement("button");
    element.type = "button"; // inside the story form: never a submit button
    element.className = "button";
    element.textContent = label;
    element.addEventListener("click", onClick);
    return element;
  }

  function closeOffer() {
    offer = null;
    backupBox.hidden = true;
    backupBox.replaceChildren();
  }

  function showOffer(backup) {
    offer = backup;
    const text = document.createElement("span");
    text.className = "edit-safety__text";
    text.textContent = `Ada salinan yang belum tersimpan dari ${clock(backup.savedAt)}. Pulihkan?`;
    const restore = button("Pulihkan", () => {
      const restored = offer;
      closeOffer();
      applyBackup(restored);
      saveNow();
    });
    const discard = button("Buang", () => {
      closeOffer();
      removeBackup();
      scheduleSave(); // changes made since the page opened get a backup of their own
    });
    backupBox.replaceChildren(text, " ", restore, " ", discard);
    backupBox.hidden = false;
  }

  // Is the offered backup still different from the form? Asked again once
  // the body editor is ready, as it normalizes the stored HTML.
  function reconsiderOffer() {
    if (!offer) return;
    const current = readForm().fields;
    if (differingNames(offer.fields, current).length === 0) {
      const stored = readBackup();
      if (stored && stored.savedAt === offer.savedAt) removeBackup();
      closeOffer();
    }
  }

  function checkBackupOnLoad() {
    const backup = readBackup();
    if (!backup) return;
    if (String(backup.version) !== pageVersion) {
      removeBackup(); // the story has been saved since
      return;
    }
    const differing = differingNames(backup.fields, readForm().fields);
    if (differing.length === 0) {
      removeBackup();
      return;
    }
    const groups = trackedGroups();
    const waitsForEditor = (name) =>
      groups.get(name).some((element) => isProseTextarea(element) && !editors.has(element));
    if (differing.every(waitsForEditor)) {
      // Only the body differs, perhaps just in how its HTML is written: decide
      // when the editor is ready (or after a while if it never gets ready).
      offerWhenReady = backup;
      window.setTimeout(() => {
        if (offerWhenReady) {
          const late = offerWhenReady;
          offerWhenReady = null;
          showOffer(late);
        }
      }, 5000);
      return;
    }
    showOffer(backup);
  }

  // After "Save and add another"/"Save and continue" from the add page the
  // story has its own key; the add page's backup is retired once the saved
  // story shows up with the same headline.
  function retireSubmittedNewBackup() {
    if (!document.querySelector("ul.messagelist li.success")) return;
    const newKey = backupKey.replace(/:[^:]*$/, ":new");
    if (newKey === backupKey) return;
    const backup = readBackup(newKey);
    const headline = form.elements.namedItem("headline");
    if (!backup || !backup.submittedAt || !headline || !("value" in headline)) return;
    if (String(backup.fields.headline || "").trim() === headline.value.trim()) {
      removeBackup(newKey);
    }
  }

  // --- The body editor ----------------------------------------------------

  function attachEditor(editor, textarea) {
    if (!editor || !textarea || editors.has(textarea)) return;
    const untouched = textarea.value === baseline[textarea.name];
    editors.set(textarea, editor);
    if (untouched && !pendingContent.has(textarea)) {
      baseline[textarea.name] = editorHTML(editor);
    }
    if (pendingContent.has(textarea)) {
      const html = pendingContent.get(textarea);
      pendingContent.delete(textarea);
      setContent(textarea, html);
      scheduleSave();
    }
    editor.on("update", scheduleSave);
    if (offerWhenReady) {
      const backup = offerWhenReady;
      offerWhenReady = null;
      showOffer(backup);
    }
    reconsiderOffer();
  }

  // The editor may have been created before this script ran.
  function findEditor(textarea) {
    const wrapper = textarea.closest(".prose-editor");
    if (!wrapper) return null;
    for (const element of wrapper.querySelectorAll(".ProseMirror")) {
      if (element.editor) return element.editor;
    }
    return null;
  }

  // --- Presence -------------------------------------------------------------

  const presenceUrl = root.dataset.presenceUrl;
  const takeOverUrl = root.dataset.takeOverUrl;
  const presence = { others: [], takenOverBy: null, newerVersion: false };
  let heartbeatRound = 0;
  let shownPresence = "";

  function csrfToken() {
    const input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function post(url) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "X-CSRFToken": csrfToken(),
        "X-Requested-With": "XMLHttpRequest",
        Accept: "application/json",
      },
    });
  }

  function message(text, modifier) {
    const paragraph = document.createElement("p");
    paragraph.className = `edit-safety__message edit-safety__message--${modifier}`;
    paragraph.textContent = text;
    return paragraph;
  }

  function renderPresence() {
    const signature = JSON.stringify(presence);
    if (signature === shownPresence) return; // leave the live region alone
    shownPresence = signature;
    const parts = [];
    if (presence.takenOverBy) {
      parts.push(
        message(
          `${presence.takenOverBy} mengambil alih berita ini. ` +
            "Simpan salinan teks Anda sebelum menutup halaman.",
          "taken-over",
        ),
      );
    }
    if (presence.newerVersion) {
      parts.push(message("Berita ini sudah disimpan orang lain sejak Anda membukanya.", "newer"));
    }
    if (presence.others.length) {
      const who = presence.others.map((other) => `${other.name} sejak ${other.since}`).join(", ");
      const line = message(`Sedang disunting oleh ${who}`, "others");
      if (takeOverUrl) line.append(" ", button("Ambil alih", takeOver));
      parts.push(line);
    }
    presenceBox.replaceChildren(...parts);
    presenceBox.hidden = parts.length === 0;
  }

  async function takeOver(event) {
    const clicked = event.currentTarget;
    clicked.disabled = true;
    heartbeatRound += 1; // a heartbeat answered before the take-over is out of date
    try {
      const response = await post(takeOverUrl);
      if (!response.ok) throw new Error(`take-over: HTTP ${response.status}`);
      presence.others = [];
      presence.takenOverBy = null;
      renderPresence();
    } catch {
      clicked.disabled = false; // let the editor try again
    }
  }

  async function heartbeat() {
    heartbeatRound += 1;
    const round = heartbeatRound;
    try {
      const response = await post(presenceUrl);
      if (!response.ok) return;
      const data = await response.json();
      if (round !== heartbeatRound) return;
      presence.others = Array.isArray(data.others)
        ? data.others.map((other) => ({ name: String(other.name), since: String(other.since) }))
        : [];
      presence.takenOverBy = data.taken_over_by ? String(data.taken_over_by) : null;
      presence.newerVersion = Number(data.version) > Number(pageVersion);
      renderPresence();
    } catch {
      // Offline or logged out: try again at the next tick.
    } finally {
      window.setTimeout(heartbeat, HEARTBEAT_INTERVAL);
    }
  }

  // --- Wiring ---------------------------------------------------------------

  document.addEventListener("prose-editor:ready", (event) => {
    const detail = event.detail || {};
    attachEditor(detail.editor, detail.textarea || event.target);
  });
  for (const textarea of form.querySelectorAll("textarea")) {
    if (isProseTextarea(textarea)) attachEditor(findEditor(textarea), textarea);
  }

  form.addEventListener("input", scheduleSave);
  form.addEventListener("change", scheduleSave);
  // select2 and other jQuery widgets announce changes with jQuery events only.
  if (window.django && window.django.jQuery) window.django.jQuery(form).on("change", scheduleSave);

  form.addEventListener("submit", () => {
    // Keep the backup: the request may still fail. Note that it was sent.
    saveNow();
    const backup = readBackup();
    if (backup) writeBackup({ ...backup, submittedAt: new Date().toISOString() });
  });
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });

  retireSubmittedNewBackup();
  checkBackupOnLoad();
  if (presenceUrl) heartbeat();
})();
