// The relationship dashboard: every view (actors, dates, frequency, modality, selected period, table
// filters) lives in the URL's query string, so a view can be linked and reloaded as it was.
"use strict";

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
  "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
// CAMEO 01 statements (condolences, claims of responsibility) have no PLOVER type: event_type is null. The type
// filter selects them as UNTYPED (the API's ?type=UNTYPED); the table names their type UNTYPED_LABEL.
const UNTYPED = "UNTYPED", UNTYPED_LABEL = "statement (no PLOVER type)";
const typeOf = (e) => e.event_type || UNTYPED;
const typeLabel = (e) => e.event_type || UNTYPED_LABEL;
const FIELDS = {a: "Actor A", b: "Actor B", since: "From", until: "To", freq: "By", modality: "Modality",
  type: "Type", q: "Filter"};
const $ = (id) => document.getElementById(id);
const state = {codes: {a: null, b: null}, events: [], period: null, freq: "year"};
let chartRequest = 0, eventsRequest = 0;  // only the latest request may draw (answers can arrive out of order)

// ---- talking to the API -------------------------------------------------------------------------------

function readable(detail, status) {
  // FastAPI says what is wrong as a string, or as a list of {loc, msg} for invalid parameters
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    return detail.map(d => `${FIELDS[(d.loc || []).slice(-1)[0]] || (d.loc || []).join(".")}: ${d.msg}`).join("; ");
  }
  return `the server answered ${status}`;
}

async function getJSON(url) {
  const r = await fetch(url);
  if (!r.ok) {
    const body = await r.json().catch(() => ({}));
    throw new Error(readable(body.detail, r.status));
  }
  return r.json();
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  return q.toString();
}

function esc(s) { const d = document.createElement("div"); d.textContent = s == null ? "" : String(s); return d.innerHTML; }

// ---- the view and the URL -----------------------------------------------------------------------------

function modality() { return $("alleged").checked ? "asserted,alleged" : "asserted"; }

function viewParams() {
  return {a: state.codes.a, b: state.codes.b, since: $("since").value, until: $("until").value,
    freq: $("freq").value, modality: modality()};
}

function writeURL(push) {
  const params = {...viewParams(), period: state.period, type: $("type").value, q: $("filter").value.trim()};
  const url = `${location.pathname}?${query(params)}`;
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
}

function readURL() {
  const p = new URLSearchParams(location.search);
  $("a").value = p.get("a") || "USA";
  $("b").value = p.get("b") || "RWA";
  $("since").value = p.get("since") || "";
  $("until").value = p.get("until") || "";
  if (p.get("freq")) $("freq").value = p.get("freq");
  $("alleged").checked = (p.get("modality") || "").split(",").includes("alleged");
  $("type").value = p.get("type") || "";
  $("filter").value = p.get("q") || "";
  return p.get("period");
}

// ---- messages -----------------------------------------------------------------------------------------

function showMessage(lines, suggestions) {
  const box = $("message");
  box.innerHTML = lines.map(l => `<div>${esc(l)}</div>`).join("");
  for (const [side, list] of suggestions || []) {
    for (const s of list) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "suggestion";
      button.textContent = `${FIELDS[side]}: ${s.label} (${s.actor})`;
      button.addEventListener("click", () => { $(side).value = `${s.label} (${s.actor})`; show(true); });
      box.appendChild(button);
    }
  }
  box.hidden = false;
}

function clearView(status) {
  $("chart").innerHTML = ""; $("map").innerHTML = ""; $("hint").hidden = true;
  state.events = []; state.period = null;
  $("period-title").textContent = "Events";
  $("events").querySelector("tbody").innerHTML = "";
  $("doc").style.display = "none";
  $("status").textContent = status;
  updateExport(0);
}

// ---- the table and its export -------------------------------------------------------------------------

function shownEvents() {
  const needle = $("filter").value.trim().toLowerCase(), type = $("type").value;
  return state.events.filter(e => (!type || typeOf(e) === type) &&
    (!needle || [e.sentence, e.source.code, e.source.name, e.target && e.target.code, e.target && e.target.name,
      typeLabel(e)].join(" ").toLowerCase().includes(needle)));
}

function periodBounds() {
  if (!state.period) return {since: $("since").value, until: $("until").value};
  const end = periodEnd(state.period, state.freq);
  const since = $("since").value && $("since").value > state.period ? $("since").value : state.period;
  const until = $("until").value && $("until").value < end ? $("until").value : end;
  return {since, until};
}

function updateExport(count) {
  const params = {...viewParams(), ...periodBounds(), type: $("type").value, q: $("filter").value.trim()};
  $("export-csv").href = `/api/export?${query({...params, format: "csv"})}`;
  $("export-jsonl").href = `/api/export?${query({...params, format: "jsonl"})}`;
  $("export").hidden = !count;
}

function renderTable() {
  const rows = shownEvents();
  $("events").querySelector("tbody").innerHTML = rows.map(e =>
    `<tr data-doc="${esc(e.doc_id)}" data-sent="${e.sentence_index}"><td>${esc(e.date || "?")}</td>` +
    `<td>${esc(e.source.name)} <small>${esc(e.source.code)}</small></td>` +
    `<td>${esc(typeLabel(e))} <small>${esc(e.cameo)}</small></td>` +
    `<td>${e.target ? esc(e.target.name) + " <small>" + esc(e.target.code) + "</small>" : ""}</td>` +
    `<td>${esc(e.modality)}</td><td>${e.num_mentions}</td>` +
    `<td class="sentence"><a href="#" class="cite">${esc(e.sentence)}</a> <small>${esc(e.doc_id)}</small></td></tr>`).join("");
  $("status").textContent = `${rows.length} of ${state.events.length} events shown`;
  updateExport(rows.length);
  writeURL(false);
}

function periodEnd(start, freq) {
  const d = new Date(start + "T00:00:00Z");
  if (freq === "week") d.setUTCDate(d.getUTCDate() + 6);
  else { d.setUTCMonth(d.getUTCMonth() + ({month: 1, quarter: 3, year: 12})[freq]); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

async function loadEvents(period) {
  const mine = ++eventsRequest;
  state.period = period;
  const {since, until} = periodBounds();
  const page = await getJSON(`/api/events?${query({...viewParams(), since, until, limit: 500, freq: null})}`);
  if (mine !== eventsRequest) return;
  state.events = page.events;
  const [la, lb] = [$("a").value, $("b").value];
  $("period-title").textContent = period ? `Events from ${since} to ${until}` : `All events between ${la} and ${lb}`;
  renderTable();
  if (page.total > page.events.length) $("status").textContent += ` (the first ${page.events.length} of ${page.total}; export gives all)`;
}

// ---- showing a view -----------------------------------------------------------------------------------

async function resolveActors() {
  const found = await Promise.all(["a", "b"].map(side =>
    getJSON(`/api/actors/lookup?${query({q: $(side).value})}`).then(r => [side, r])));
  const bad = found.filter(([, r]) => !r.actor);
  if (bad.length) {
    showMessage(bad.map(([side, r]) => `${FIELDS[side]}: ${r.message}`), bad.map(([side, r]) => [side, r.suggestions]));
    return false;
  }
  for (const [side, r] of found) {
    state.codes[side] = r.actor.actor;
    $(side).value = `${r.actor.label} (${r.actor.actor})`;
  }
  return true;
}

// Draws a chart off the page and puts it in place only if its request is still the latest one, so that a
// slower earlier request can never leave its chart (or map) beside the newer request's events.
async function drawInto(id, spec, mine) {
  const box = document.createElement("div");
  const result = await vegaEmbed(box, spec, {actions: false, renderer: "svg"});
  if (mine !== chartRequest) { result.finalize(); return null; }
  $(id).replaceChildren(box);
  return result;
}

async function show(push, period) {
  const mine = ++chartRequest;
  $("message").hidden = true;
  $("status").textContent = "Loading…";
  try {
    if (!await resolveActors()) { if (mine === chartRequest) clearView("Nothing shown: see the message above."); return; }
    if ($("since").value && $("until").value && $("since").value > $("until").value) {
      showMessage(["From is after To: choose a From date before the To date."]);
      clearView("Nothing shown: see the message above.");
      return;
    }
    state.freq = $("freq").value;
    state.period = period || null;
    writeURL(push);
    const params = viewParams();
    const spec = await getJSON(`/api/charts/relationship?${query(params)}`);
    if (mine !== chartRequest) return;
    const result = await drawInto("chart", spec, mine);
    if (!result) return;
    $("hint").hidden = false;
    result.view.addEventListener("click", (event, item) => {
      if (item && item.datum && item.datum.period) {
        loadEvents(String(item.datum.period).slice(0, 10)).then(() => writeURL(true)).catch(fail);
      }
    });
    const mapSpec = await getJSON(`/api/charts/map?${query({...params, freq: null})}`);
    if (mine !== chartRequest) return;
    if (Object.keys(mapSpec).length) { if (!await drawInto("map", mapSpec, mine)) return; }
    else $("map").innerHTML = "";
    await loadEvents(state.period);
  } catch (err) {
    if (mine === chartRequest) fail(err);
  }
}

function fail(err) {
  showMessage([String(err.message || err)]);
  clearView("Nothing shown: see the message above.");
}

// ---- wiring -------------------------------------------------------------------------------------------

TYPES.forEach(t => { const o = document.createElement("option"); o.textContent = t; $("type").appendChild(o); });
{ const o = document.createElement("option"); o.value = UNTYPED; o.textContent = UNTYPED_LABEL; $("type").appendChild(o); }
$("view").addEventListener("submit", (ev) => { ev.preventDefault(); show(true); });
$("alleged").addEventListener("change", () => show(true));
$("freq").addEventListener("change", () => show(true));
$("filter").addEventListener("input", renderTable);
$("type").addEventListener("change", renderTable);
$("all-events").addEventListener("click", (ev) => { ev.preventDefault(); loadEvents(null).then(() => writeURL(true)).catch(fail); });
window.addEventListener("popstate", () => show(false, readURL()));
document.addEventListener("click", async (ev) => {
  const link = ev.target.closest("a.cite");
  if (!link) return;
  ev.preventDefault();
  const tr = link.closest("tr");
  const doc = await getJSON(`/api/documents/${encodeURIComponent(tr.dataset.doc)}?sentence=${tr.dataset.sent}`);
  $("doc").style.display = "block";
  $("doc").innerHTML = `<strong>${esc(doc.title || doc.doc_id)}</strong> <small>${esc(doc.published || "")}</small>\n\n` + doc.html;
  const mark = $("doc").querySelector("mark"); if (mark) mark.scrollIntoView({block: "center"});
});
getJSON("/api/actors?limit=500").then(list => {
  $("actors").innerHTML = list.map(x =>
    `<option value="${esc(x.label)} (${esc(x.actor)})">${esc(x.kind === "state" ? "country" : x.kind)}` +
    `${x.detail && x.kind === "person" ? " · " + esc(x.detail) : ""} · ${x.events} events</option>`).join("");
}).catch(() => {});
window.addEventListener("load", () => show(false, readURL()));  // after the Vega module has run
