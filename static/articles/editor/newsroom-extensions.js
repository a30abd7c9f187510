// Newsroom extensions for django-prose-editor (configurable preset).
//
// configurable.js imports this module (listed in DJANGO_PROSE_EDITOR_EXTENSIONS)
// and picks extensions by export name from the widget config's `extensions`.
// The HTML each node renders is a contract with the server, which sanitizes
// and re-renders it for readers: change renderHTML/parseHTML only together
// with the Python side.
import {
  Extension,
  Node,
  Plugin,
  canInsertNode,
  crel,
  pm,
  updateAttrsDialog,
} from "django-prose-editor/editor"

const T = {
  libraryImage: "Gambar dari pustaka", searchImages: "Cari gambar…",
  editImage: "Ubah teks alternatif dan keterangan", alt: "Teks alternatif", caption: "Keterangan",
  readAlso: "Baca juga", searchArticles: "Cari berita…", unpublished: "belum terbit",
  embed: "Sematkan konten", embedLabel: "Tautan", embedBox: "Sematan",
  embedHelp: "Tempel tautan YouTube, X, Instagram, atau video Facebook",
  unsupported: "Tautan ini tidak didukung",
  cancel: "Batal", insert: "Sisipkan", save: "Simpan",
  loading: "Memuat…", noResults: "Tidak ada hasil.", loadFailed: "Gagal memuat hasil. Coba lagi.",
}

// The admin may be served under a language prefix (/id/admin/, /en/admin/),
// so derive its base from the current page instead of hard-coding "/admin/".
export const adminBase = () =>
  window.location.pathname.match(/^.*?\/admin\//)?.[0] ?? "/admin/"

/** A positive integer id from an attribute or JSON value, else null. */
const toId = (value) => (/^\d+$/.test(String(value ?? "").trim()) && +value > 0 ? +value : null)

// --- Embed providers -------------------------------------------------------

const EMBED_PROVIDERS = [
  [/^(?:www\.|m\.)?youtube\.com$/, (u) =>
    (u.pathname === "/watch" && /^[\w-]+$/.test(u.searchParams.get("v") || "")) ||
    /^\/shorts\/[\w-]+\/?$/.test(u.pathname)],
  [/^youtu\.be$/, (u) => /^\/[\w-]+\/?$/.test(u.pathname)],
  [/^(?:www\.|mobile\.)?(?:x|twitter)\.com$/, (u) =>
    /^\/\w{1,15}\/status\/\d+(?:\/|$)/.test(u.pathname)],
  [/^(?:www\.)?instagram\.com$/, (u) => /^\/(?:p|reel)\/[\w-]+\/?$/.test(u.pathname)],
  [/^(?:www\.|m\.|web\.)?facebook\.com$/, (u) => /\/videos\/[^/]/.test(u.pathname)],
  [/^fb\.watch$/, (u) => /^\/[\w-]+\/?$/.test(u.pathname)],
]

/** The normalized URL if it points at a supported embed provider, else null. */
export const supportedEmbedUrl = (value) => {
  let url
  try {
    url = new URL(String(value ?? "").trim())
  } catch {
    return null
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password) return null
  const host = url.hostname.toLowerCase()
  return EMBED_PROVIDERS.some(([h, ok]) => h.test(host) && ok(url)) ? url.href : null
}

// --- Dialogs ---------------------------------------------------------------

// Simple forms use the package's own updateAttrsDialog (as Link and Figure
// do). It appends its <dialog> synchronously to the editor's parent element,
// so we pick it up right away to translate "Cancel" (the package ships no
// Indonesian catalog) and to attach extra validation.
const formDialog = (editor, properties, options, attrs, setup) => {
  const result = updateAttrsDialog(properties, options)(editor, attrs)
  const dialog = editor.view.dom.parentElement.lastElementChild?.querySelector("dialog")
  if (dialog) {
    const cancel = dialog.querySelector('button[value="cancel"]')
    if (cancel) cancel.textContent = T.cancel
    setup?.(dialog)
  }
  return result
}

let dialogCounter = 0

// Search-and-pick dialog (updateAttrsDialog only does plain forms), styled
// with the package's dialog classes. Resolves with the picked result, or null
// when cancelled (Escape or "Batal").
const chooserDialog = (editor, { title, placeholder, url, renderItem }) =>
  new Promise((resolve) => {
    const id = `newsroom-chooser-${++dialogCounter}`
    const input = crel("input", {
      type: "search", placeholder, autocomplete: "off",
      "aria-label": placeholder, "aria-controls": `${id}-results`,
    })
    const status = crel("p", { className: "newsroom-chooser__status", role: "status" })
    const list = crel("ul", { id: `${id}-results`, className: "newsroom-chooser__results" })
    const cancel = crel("button", { type: "button", textContent: T.cancel })
    const form = crel("form", {}, [
      crel("h3", { id: `${id}-title`, className: "prose-editor-dialog-title", textContent: title }),
      crel("div", { className: "prose-editor-dialog-field" }, [input]), status, list,
      crel("div", { className: "prose-editor-dialog-buttons" }, [cancel]),
    ])
    const dialog = crel("dialog", {
      className: "prose-editor-dialog newsroom-chooser", "aria-labelledby": `${id}-title`,
    }, [form])
    const wrapper = crel("div", {}, [dialog])
    let picked = null
    let controller = null
    let timer = null

    const search = async () => {
      controller?.abort() // only the latest request may fill the list
      controller = new AbortController()
      const target = new URL(url(), window.location.origin)
      target.searchParams.set("q", input.value.trim())
      status.textContent = T.loading
      try {
        const response = await fetch(target, {
          headers: { Accept: "application/json" },
          credentials: "same-origin", // the admin session cookie (fetch's default, made explicit)
          signal: controller.signal,
        })
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        const results = (await response.json()).results || []
        list.replaceChildren(...results.map((item) => {
          const button = crel("button", { type: "button", className: "newsroom-chooser__item" },
            renderItem(item))
          button.addEventListener("click", () => {
            picked = item
            dialog.close()
          })
          return crel("li", {}, [button])
        }))
        status.textContent = results.length ? "" : T.noResults
      } catch (error) {
        if (error.name !== "AbortError") status.textContent = T.loadFailed
      }
    }

    input.addEventListener("input", () => {
      clearTimeout(timer)
      timer = setTimeout(search, 250)
    })
    form.addEventListener("submit", (e) => {
      e.preventDefault() // Enter in the search box searches right away
      clearTimeout(timer)
      search()
    })
    // Arrow keys move between the search box and the results.
    form.addEventListener("keydown", (e) => {
      if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return
      const items = [input, ...list.querySelectorAll("button")]
      const i = items.indexOf(document.activeElement)
      if (i < 0) return
      e.preventDefault()
      items[Math.max(0, Math.min(items.length - 1, i + (e.key === "ArrowDown" ? 1 : -1)))].focus()
    })
    cancel.addEventListener("click", () => dialog.close())
    dialog.addEventListener("close", () => {
      clearTimeout(timer)
      controller?.abort()
      wrapper.remove()
      resolve(picked)
    })

    editor.view.dom.parentElement.append(wrapper)
    dialog.showModal()
    input.focus()
    search()
  })

// --- Shared node helpers ---------------------------------------------------

const atomDefaults = { group: "block", atom: true, selectable: true, draggable: true }
// Attributes are written by each node's renderHTML, which fixes the exact
// markup of the contract, so Tiptap must not render them on its own.
const attr = (fallback, parseHTML) => ({ default: fallback, rendered: false, parseHTML })

// Insert an atom and put the cursor in the paragraph after it (adding one at
// the end of the document). Tiptap would otherwise leave the new node
// selected, and the next keystroke or insertion would replace it.
const insertAtom = (editor, type, attrs) =>
  editor.chain().focus().insertContent({ type, attrs }).command(({ tr, state }) => {
    const { selection } = tr
    if (selection.node?.type.name === type) {
      if (!tr.doc.resolve(selection.to).nodeAfter?.isTextblock) {
        tr.insert(selection.to, state.schema.nodes.paragraph.create())
      }
      tr.setSelection(pm.state.TextSelection.create(tr.doc, selection.to + 1))
    }
    return true
  }).run()

// Command: open a chooser, insert the picked result as a `type` node.
const chooseAndInsert = (type, dialogOptions, toAttrs) => () => ({ editor, state, dispatch }) => {
  if (!canInsertNode(state, state.schema.nodes[type])) return false
  if (dispatch) {
    chooserDialog(editor, dialogOptions).then((item) => {
      if (item && toId(item.id)) insertAtom(editor, type, toAttrs(item))
    })
  }
  return true
}

// One toolbar button in the package's Menu (see addMenuItems below). Items in
// the "nodes" group show in the default menu layout; "newsroom" allows custom
// DJANGO_PROSE_EDITOR_MENU_GROUPS to place them on their own.
const menuItem = (menu, name, button, command, extra = {}) =>
  menu.defineItem({
    name, groups: "nodes newsroom", button,
    command: (editor) => editor.commands[command](),
    enabled: (editor) => editor.can()[command](),
    ...extra,
  })

// Read-only box shown in the editor for atoms whose HTML has no visible text.
const boxView = (dom, label, text) => {
  dom.classList.add("newsroom-box")
  dom.append(
    crel("strong", { className: "newsroom-box__label", textContent: `${label}: ` }),
    crel("span", { className: "newsroom-box__text", textContent: text }),
  )
  return { dom }
}

// --- LibraryImage ----------------------------------------------------------

export const LibraryImage = Node.create({
  name: "libraryImage",
  ...atomDefaults,
  addOptions() {
    return { chooseUrl: null } // default: ADMIN_BASE + "images/image/choose/"
  },
  addAttributes() {
    return {
      imageId: attr(null, (el) => toId(el.getAttribute("data-image-id"))),
      src: attr("", (el) => el.querySelector("img")?.getAttribute("src") ?? ""),
      alt: attr("", (el) => el.querySelector("img")?.getAttribute("alt") ?? ""),
      caption: attr("", (el) => el.querySelector("figcaption")?.textContent.trim() ?? ""),
    }
  },
  parseHTML() {
    return [{
      tag: "figure.inline-image[data-image-id]",
      priority: 60, // before the package's generic Figure, should both be enabled
      getAttrs: (el) => (toId(el.getAttribute("data-image-id")) ? {} : false),
    }]
  },
  renderHTML({ node }) {
    const { imageId, src, alt, caption } = node.attrs
    const figure = ["figure", { class: "inline-image", "data-image-id": imageId },
      ["img", { src, alt }]]
    if (caption) figure.push(["figcaption", caption])
    return figure
  },
  addCommands() {
    return {
      chooseLibraryImage: chooseAndInsert(this.name, {
        title: T.libraryImage,
        placeholder: T.searchImages,
        url: () => this.options.chooseUrl || `${adminBase()}images/image/choose/`,
        renderItem: (item) => [
          crel("img", { src: item.thumbnail, alt: "", loading: "lazy" }),
          crel("span", { textContent: item.title || item.alt || `#${item.id}` }),
        ],
      }, (item) => ({
        imageId: toId(item.id),
        src: item.thumbnail || "",
        alt: item.alt || "",
        caption: (item.caption || "").trim(),
      })),

      editLibraryImage: () => ({ editor, state, dispatch }) => {
        const { node, from } = state.selection
        if (node?.type.name !== this.name) return false
        if (dispatch) {
          formDialog(editor, {
            alt: { type: "string", title: T.alt },
            caption: { type: "string", title: T.caption },
          }, { title: T.libraryImage, submitText: T.save }, { ...node.attrs }).then((attrs) => {
            if (!attrs) return
            editor.chain().focus().setNodeSelection(from).updateAttributes(this.name, {
              alt: attrs.alt.trim(),
              caption: attrs.caption.trim(),
            }).run()
          })
        }
        return true
      },
    }
  },
  addMenuItems({ menu, buttons }) {
    menuItem(menu, "libraryImage", buttons.material("photo_library", T.libraryImage),
      "chooseLibraryImage")
    menuItem(menu, "libraryImage:edit", buttons.material("edit_note", T.editImage),
      "editLibraryImage", { hidden: (editor) => !editor.isActive("libraryImage") })
  },
  addProseMirrorPlugins() {
    const { editor, name } = this
    // Double-clicking an inline image opens the alt/caption dialog.
    return [new Plugin({
      props: {
        handleDoubleClickOn: (_view, _pos, node, nodePos) => node.type.name === name &&
          editor.chain().setNodeSelection(nodePos).editLibraryImage().run(),
      },
    })]
  },
})

// --- ReadAlso --------------------------------------------------------------

export const ReadAlso = Node.create({
  name: "readAlso",
  ...atomDefaults,
  addOptions() {
    return { chooseUrl: null } // default: ADMIN_BASE + "articles/article/choose/"
  },
  addAttributes() {
    return {
      articleId: attr(null, (el) => toId(el.getAttribute("data-article-id"))),
      headline: attr("", (el) => el.textContent.trim()),
    }
  },
  parseHTML() {
    return [{
      tag: "aside.read-also[data-article-id]",
      getAttrs: (el) => (toId(el.getAttribute("data-article-id")) ? {} : false),
    }]
  },
  renderHTML({ node }) {
    const { articleId, headline } = node.attrs
    return ["aside", { class: "read-also", "data-article-id": articleId }, headline]
  },
  addNodeView() {
    return ({ node }) => boxView(
      crel("aside", { className: "read-also", "data-article-id": node.attrs.articleId }),
      T.readAlso, node.attrs.headline)
  },
  addCommands() {
    return {
      chooseReadAlso: chooseAndInsert(this.name, {
        title: T.readAlso,
        placeholder: T.searchArticles,
        url: () => this.options.chooseUrl || `${adminBase()}articles/article/choose/`,
        renderItem: (item) => [
          crel("span", { textContent: item.headline }),
          ...(item.published ? [] : [crel("em", { textContent: ` (${T.unpublished})` })]),
        ],
      }, (item) => ({ articleId: toId(item.id), headline: (item.headline || "").trim() })),
    }
  },
  addMenuItems({ menu, buttons }) {
    menuItem(menu, "readAlso", buttons.text(T.readAlso, T.readAlso), "chooseReadAlso")
  },
})

// --- Embed -----------------------------------------------------------------

export const Embed = Node.create({
  name: "embed",
  ...atomDefaults,
  addAttributes() {
    return { url: attr("", (el) => el.getAttribute("data-embed-url") || "") }
  },
  parseHTML() {
    return [{
      tag: "div.embed[data-embed-url]",
      // Unsupported providers are dropped here too, not only in the dialog.
      getAttrs: (el) => (supportedEmbedUrl(el.getAttribute("data-embed-url")) ? {} : false),
    }]
  },
  renderHTML({ node }) {
    return ["div", { class: "embed", "data-embed-url": node.attrs.url }]
  },
  addNodeView() {
    return ({ node }) => boxView(
      crel("div", { className: "embed", "data-embed-url": node.attrs.url }),
      T.embedBox, node.attrs.url)
  },
  addCommands() {
    return {
      insertEmbed: () => ({ editor, state, dispatch }) => {
        if (!canInsertNode(state, state.schema.nodes[this.name])) return false
        if (!dispatch) return true
        formDialog(editor, {
          url: { type: "string", title: T.embedLabel, description: T.embedHelp, required: true },
        }, { title: T.embed, submitText: T.insert }, {}, (dialog) => {
          // The package's dialog calls form.reportValidity() on submit, so a
          // custom validity message blocks unsupported links with an error.
          const input = dialog.querySelector('input[name="url"]')
          const error = crel("p", { id: `${input.id}-error`, className: "newsroom-error", role: "alert" })
          input.after(error)
          input.setAttribute("aria-describedby", error.id)
          input.addEventListener("input", () => {
            const bad = input.value.trim() && !supportedEmbedUrl(input.value)
            input.setCustomValidity(bad ? T.unsupported : "")
            if (!bad) error.textContent = ""
          })
          input.addEventListener("invalid", () => {
            if (input.value.trim()) error.textContent = T.unsupported
          })
        }).then((attrs) => {
          const url = attrs && supportedEmbedUrl(attrs.url)
          if (url) insertAtom(editor, this.name, { url })
        })
        return true
      },
    }
  },
  addMenuItems({ menu, buttons }) {
    menuItem(menu, "embed", buttons.material("smart_display", T.embed), "insertEmbed")
  },
})

// --- WordCount -------------------------------------------------------------

/** Words of body text; atoms (images, read-also boxes, embeds) don't count. */
export const countWords = (doc) =>
  doc.textBetween(0, doc.content.size, " ", " ")
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length

export const formatWordCount = (words, wordsPerMinute = 200) =>
  `${words} kata · ${words > 0 ? Math.max(1, Math.ceil(words / wordsPerMinute)) : 0} menit baca`

export const WordCount = Extension.create({
  name: "wordCount",
  addOptions() {
    return { wordsPerMinute: 200 }
  },
  addStorage() {
    return { words: 0, dom: null, timer: null, refresh: null }
  },
  onCreate() {
    const dom = crel("div", { className: "prose-editor-wordcount", "aria-live": "polite" })
    this.editor.view.dom.after(dom) // right under the editable area, inside .prose-editor
    this.storage.dom = dom
    this.storage.refresh = () => {
      this.storage.words = countWords(this.editor.state.doc)
      dom.textContent = formatWordCount(this.storage.words, this.options.wordsPerMinute)
    }
    this.storage.refresh()
  },
  onUpdate() {
    // Debounced so screen readers aren't told about every keystroke.
    clearTimeout(this.storage.timer)
    this.storage.timer = setTimeout(() => this.storage.refresh?.(), 300)
  },
  onDestroy() {
    clearTimeout(this.storage.timer)
    this.storage.dom?.remove()
    this.storage.dom = null
  },
})
