// The question desk: keeps the queue current through server-sent events and sends the cards'
// forms without reloading the page, so what is typed in another card is never lost. Without
// this script the page still works (the forms post and reload; reload to see new questions).
const desk = document.getElementById("desk");
const status = document.getElementById("desk-status");
const template = document.getElementById("desk-question-template");

const statusLabels = {
  pendiente: "Pendiente",
  respondida_en_vivo: "Respondida en vivo",
  respondida_por_escrito: "Respondida por escrito",
  oculta: "Oculta",
  fusionada: "Duplicada",
};
const typeLabels = {
  pregunta: "Pregunta", peticion: "Petición", solicitud_informacion: "Solicitud de documentos o información",
  consulta: "Consulta", queja: "Queja", reclamo: "Reclamo", sugerencia: "Sugerencia", denuncia: "Denuncia",
  felicitacion: "Felicitación",
};
const channelLabels = {
  formulario_web: "Formulario web", chat_transmision: "Chat de la transmisión", presencial: "Presencial",
  papel: "Formato en papel", telefono: "Teléfono", correo: "Correo electrónico",
};

function count() {
  const n = desk.querySelectorAll(".desk-question").length;
  return n === 1 ? "1 pregunta" : `${n} preguntas`;
}

function matchesFilters(q) {
  const { tema, estado, oficina } = desk.dataset;
  return (!tema || q.theme === tema) && (!estado || q.status === estado) && (!oficina || q.assignedOffice === oficina);
}

function fill(article, q) {
  article.id = `q${q.id}`;
  article.dataset.id = q.id;
  article.dataset.number = q.number;
  article.dataset.theme = q.theme ?? "";
  article.dataset.status = q.status;
  article.dataset.office = q.assignedOffice ?? "";
  const set = (field, text) => { article.querySelector(`[data-field="${field}"]`).textContent = text; };
  set("number", q.number);
  set("status", statusLabels[q.status] ?? q.status);
  set("asker", q.anonymous ? "Anónimo" : (q.citizenName ?? "Sin nombre"));
  set("type", typeLabels[q.type] ?? q.type);
  set("theme", q.theme ?? "Sin tema");
  set("channel", channelLabels[q.channel] ?? q.channel);
  set("text", q.text);
  set("answer", q.answer ?? "");
  set("assigned", (q.assignedOffice ?? "nadie") + (q.assignedTo ? ` (${q.assignedTo})` : ""));
  set("hidden", q.hiddenReason ? `Oculta: ${q.hiddenReason}` : "");
  // Absent from the answer-only desk of a sub-unit answering for its parent.
  const unmerge = article.querySelector('[data-shown-when="merged"]');
  if (unmerge) unmerge.hidden = q.mergedIntoId == null;
  const show = article.querySelector('[data-shown-when="hidden"]');
  if (show) show.hidden = q.status !== "oculta";
  article.querySelectorAll('input[name="questionId"]').forEach((input) => { input.value = q.id; });
  // A form with something typed keeps the version it was started on: saving it after another
  // person's change is refused and shown, never silent.
  article.querySelectorAll("form").forEach((form) => {
    if (!typed(form)) {
      form.querySelector('input[name="version"]').value = q.version;
    }
  });
  const answerForm = article.querySelector(".answer-form");
  if (!typed(answerForm)) {
    setReplacing(answerForm, q.answer != null);
  }
  // The template's controls are numbered for question 0; give them this question's ids.
  article.querySelectorAll("[id$='-0']").forEach((el) => { el.id = el.id.replace(/-0$/, `-${q.id}`); });
  article.querySelectorAll("label[for$='-0']").forEach((el) => { el.htmlFor = el.htmlFor.replace(/-0$/, `-${q.id}`); });
}

function typed(form) {
  return [...form.querySelectorAll("input:not([type=hidden]):not([type=checkbox]), textarea")]
    .some((field) => field.value.trim() !== "" && field.value !== field.defaultValue.replace(/\r\n?/g, "\n"));
}

function setReplacing(form, replacing) {
  form.querySelector('input[name="replace"]').value = replacing ? "true" : "false";
  form.querySelector("label[for^='answer-']").textContent = replacing ? "Nueva respuesta (reemplaza la guardada)" : "Respuesta";
  form.querySelector("button[type=submit]").textContent = replacing ? "Reemplazar la respuesta" : "Guardar respuesta";
}

// Sends a card's form and updates only that card; a refused change keeps what was typed.
async function send(form) {
  const article = form.closest(".desk-question");
  const message = article.querySelector('[data-field="message"]');
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  let result;
  let response;
  try {
    response = await fetch(form.action, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" } });
    result = await response.json();
  } catch {
    message.textContent = "No se pudo enviar: revise la conexión e intente de nuevo. Lo que escribió se conserva.";
    button.disabled = false;
    return;
  }
  button.disabled = false;
  message.textContent = result.message;
  if (response.ok) {
    form.reset();
  }
  if (result.question) {
    const keep = response.status === 409;
    if (keep) {
      // The person has seen the other version now: the next save is a deliberate one.
      form.querySelector('input[name="version"]').value = result.question.version;
    }
    fill(article, result.question);
    if (keep && form.classList.contains("answer-form")) {
      setReplacing(form, result.question.answer != null);
    }
  }
}

desk.addEventListener("submit", (event) => {
  const form = event.target.closest("form[data-desk-action]");
  if (form) {
    event.preventDefault();
    send(form);
  }
});

function upsert(q) {
  const existing = document.getElementById(`q${q.id}`);
  if (!matchesFilters(q)) {
    existing?.remove();
    return;
  }
  if (existing) {
    fill(existing, q);
    return;
  }
  const article = template.content.firstElementChild.cloneNode(true);
  fill(article, q);
  article.classList.add("arrived");
  desk.prepend(article);
}

const url = `/api/v1/exercises/${desk.dataset.exercise}/questions/stream?lastEventId=${desk.dataset.lastEvent}`;
const source = new EventSource(url);
source.addEventListener("conectado", () => { status.textContent = `Conectado · ${count()}`; });
source.addEventListener("pregunta", (event) => {
  upsert(JSON.parse(event.data).question);
  status.textContent = `Conectado · ${count()}`;
});
source.addEventListener("error", () => { status.textContent = "Conexión interrumpida; reconectando…"; });
