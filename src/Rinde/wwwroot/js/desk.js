// The question desk: keeps the queue current through server-sent events. Without this
// script the page still works (reload to see new questions).
const desk = document.getElementById("desk");
const status = document.getElementById("desk-status");
const template = document.getElementById("desk-question-template");

const statusLabels = {
  pendiente: "Pendiente",
  respondida_en_vivo: "Respondida en vivo",
  respondida_por_escrito: "Respondida por escrito",
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
  const theme = desk.dataset.tema;
  const state = desk.dataset.estado;
  return (!theme || q.theme === theme) && (!state || q.status === state);
}

function fill(article, q) {
  article.id = `q${q.id}`;
  article.dataset.id = q.id;
  article.dataset.number = q.number;
  article.dataset.theme = q.theme ?? "";
  article.dataset.status = q.status;
  const set = (field, text) => { article.querySelector(`[data-field="${field}"]`).textContent = text; };
  set("number", q.number);
  set("status", statusLabels[q.status] ?? q.status);
  set("asker", q.anonymous ? "Anónimo" : (q.citizenName ?? "Sin nombre"));
  set("type", typeLabels[q.type] ?? q.type);
  set("theme", q.theme ?? "Sin tema");
  set("channel", channelLabels[q.channel] ?? q.channel);
  set("text", q.text);
  set("answer", q.answer ?? "");
  article.querySelector('input[name="questionId"]').value = q.id;
  const textarea = article.querySelector("textarea");
  const label = article.querySelector("label[for]");
  textarea.id = `answer-${q.id}`;
  label.htmlFor = textarea.id;
}

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
