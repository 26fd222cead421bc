// Occupation autocomplete for the vacancy form: a progressive enhancement of the server-side search step.
// Typing queries GET /api/v1/taxonomy/occupations; choosing an entry fills the hidden occupation field and submits
// the form's "choose occupation" step, which offers the occupation's essential skills.
(() => {
  "use strict";
  const picker = document.querySelector("[data-occupation-picker]");
  if (!picker) {
    return;
  }
  const input = picker.querySelector("#Input_OccupationQuery");
  const uri = picker.querySelector("[data-occupation-uri]");
  const choose = document.getElementById("choose-occupation");
  if (!input || !uri || !choose) {
    return;
  }
  const lang = picker.dataset.lang || "en";
  const list = document.createElement("ul");
  list.id = "occupation-suggestions";
  list.setAttribute("role", "listbox");
  list.className = "tm-suggestions";
  list.hidden = true;
  input.after(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  let timer = 0;
  let active = -1;
  let request = null;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const pick = (option) => {
    uri.value = option.dataset.uri;
    input.value = option.textContent;
    close();
    choose.click();
  };

  const highlight = (index) => {
    const options = [...list.children];
    if (options.length === 0) {
      return;
    }
    active = (index + options.length) % options.length;
    options.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", options[active].id);
  };

  const search = async () => {
    const q = input.value.trim();
    if (q.length < 2) {
      close();
      return;
    }
    request?.abort();
    request = new AbortController();
    try {
      const response = await fetch(`/api/v1/taxonomy/occupations?q=${encodeURIComponent(q)}&lang=${encodeURIComponent(lang)}&limit=8`,
        { signal: request.signal, headers: { Accept: "application/json" } });
      if (!response.ok) {
        close();
        return;
      }
      const entries = await response.json();
      list.replaceChildren(...entries.map((entry, i) => {
        const option = document.createElement("li");
        option.id = `occupation-suggestion-${i}`;
        option.setAttribute("role", "option");
        option.dataset.uri = entry.uri;
        option.textContent = entry.label;
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          pick(option);
        });
        return option;
      }));
      list.hidden = entries.length === 0;
      input.setAttribute("aria-expanded", String(entries.length > 0));
      active = -1;
    } catch (error) {
      if (error.name !== "AbortError") {
        close();
      }
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
  input.addEventListener("keydown", (event) => {
    if (list.hidden) {
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      highlight(active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      pick(list.children[active]);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
})();
