// Typed text is never thrown away (issue 8, point 6; docs/decisions.md, "Typed text is kept").
// When a form is sent while another form of the page holds typed text, the form is posted
// with fetch and the page's content is replaced by the answer, except the forms with typed
// text, which stay as they are (same nodes, same stamps). Leaving the page with typed text
// asks first. Without this script every form still posts and reloads the page.
const main = document.querySelector("main");

const fields = (form) => [...form.elements].filter((el) => el.name && !["hidden", "submit", "button", "reset"].includes(el.type));

function typed(form) {
  return fields(form).some((el) => {
    if (el.type === "checkbox" || el.type === "radio") return el.checked !== el.defaultChecked;
    if (el.type === "file") return el.files.length > 0;
    if (el.tagName === "SELECT") return changedChoice(el);
    // A textarea's value has "\n" line ends; what the server wrote may have kept "\r\n".
    return el.value !== el.defaultValue.replace(/\r\n?/g, "\n");
  });
}

function changedChoice(select) {
  const options = [...select.options];
  if (select.multiple) return options.some((o) => o.selected !== o.defaultSelected);
  const initial = options.findLastIndex((o) => o.defaultSelected);
  return select.selectedIndex !== Math.max(initial, 0);
}

// What is kept of a form with typed text: its [data-keep] section (found again by id) or the
// form itself (found again by its action and the hidden fields that name its item).
function keyOf(form) {
  const ids = [...form.querySelectorAll("input[type=hidden]")]
    .filter((el) => !el.name.startsWith("__") && !["editStamp", "submission"].includes(el.name))
    .map((el) => `${el.name}=${el.value}`);
  return `${form.getAttribute("action") ?? ""}|${ids.join("&")}`;
}

function counterpart(form, page) {
  const keep = form.closest("[data-keep]");
  if (keep) return { node: keep, there: page.querySelector(`#${CSS.escape(keep.id)}`) };
  const key = keyOf(form);
  return { node: form, there: [...page.querySelectorAll("form")].find((f) => keyOf(f) === key) };
}

// Work is typed into forms that save (POST); a search or filter box (GET) is not kept.
const unsaved = (except) => [...main.querySelectorAll("form[method=post]")].filter((f) => f !== except && typed(f));

let leaving = null;

async function send(form, submitter, others) {
  submitter?.setAttribute("disabled", "");
  let response;
  let html;
  try {
    response = await fetch(form.action, { method: "POST", body: new FormData(form, submitter), headers: { Accept: "text/html" } });
    html = await response.text();
  } catch {
    submitter?.removeAttribute("disabled");
    alert("No se pudo enviar: revise la conexión e intente de nuevo. Lo que escribió se conserva.");
    return;
  }
  const next = new DOMParser().parseFromString(html, "text/html");
  const nextMain = next.querySelector("main");
  const url = new URL(response.url);
  const saved = nextMain?.querySelector(":scope > .notice:not(.error)");
  if (!nextMain || url.pathname !== location.pathname && !(response.ok && saved)) {
    // Not a page, or another page without a message of what was saved (the sign-in form after
    // the session ended): go there; leaving asks first when typed text would be lost.
    location.assign(response.url);
    return;
  }
  if (url.pathname !== location.pathname) {
    // It was saved and the answer is another page: stay, so the typed text stays, and link there.
    form.reset();
    say(saved.textContent, response.url, nextMain.querySelector("h1")?.textContent);
    submitter?.removeAttribute("disabled");
    return;
  }
  const kept = others.map((f) => counterpart(f, nextMain));
  for (const { node, there } of kept) {
    if (there) there.replaceWith(node);
    else nextMain.prepend(node);
  }
  main.replaceChildren(...nextMain.childNodes);
  // A kept form inside a closed «details» (a user's roles) stays in sight.
  kept.forEach(({ node }) => node.parentElement?.closest("details")?.setAttribute("open", ""));
  document.title = next.title;
  history.replaceState(null, "", url.pathname + url.search);
  const focus = main.querySelector(".edit-conflict, .error-summary") ?? main.querySelector(":scope > .notice");
  if (focus) {
    focus.tabIndex = -1;
    focus.focus();
  }
}

function say(message, href, title) {
  main.querySelectorAll(":scope > .notice").forEach((n) => n.remove());
  const notice = document.createElement("p");
  notice.className = "notice";
  notice.setAttribute("role", "status");
  notice.tabIndex = -1;
  notice.append(message.trim(), " ");
  const link = document.createElement("a");
  link.href = href;
  link.textContent = title ? `Ir a «${title.trim()}»` : "Continuar";
  notice.append(link);
  main.prepend(notice);
  notice.focus();
}

document.addEventListener("submit", (event) => {
  const form = event.target;
  if (event.defaultPrevented) return;
  const others = main.contains(form) && form.method === "post" ? unsaved(form) : [];
  if (others.length === 0) {
    leaving = form;
    return;
  }
  event.preventDefault();
  send(form, event.submitter, others);
});

window.addEventListener("beforeunload", (event) => {
  const lost = unsaved(leaving);
  leaving = null;
  if (lost.length > 0) {
    event.preventDefault();
    event.returnValue = "";
  }
});
