// TalentMatch: type-ahead for ESCO occupations and skills on the profile form (progressive enhancement).
// Without JavaScript the form's Search buttons do the same on the server. No libraries.
//
// <input data-taxonomy-search="occupations|skills" data-taxonomy-list="<id of the ul of ticked choices>"
//        data-taxonomy-name="<name the ticked checkboxes post>">
// Suggestions come from GET /api/v1/taxonomy/{kind}?q=&lang=&limit=8 and follow the ARIA combobox pattern:
// arrow keys move, Enter or a click adds the choice as a ticked checkbox, Escape closes.
(function () {
  "use strict";

  var lang = document.documentElement.lang || "en";
  var status = document.querySelector("[data-taxonomy-status]");

  function announce(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function addChoice(input, uri, label) {
    var list = document.getElementById(input.dataset.taxonomyList);
    var name = input.dataset.taxonomyName;
    var existing = Array.prototype.find.call(
      document.querySelectorAll('input[type="checkbox"][name="' + name + '"]'),
      function (box) { return box.value === uri; });
    if (existing) {
      existing.checked = true;
    } else {
      var id = list.id + "-js-" + list.children.length;
      var item = document.createElement("li");
      item.className = "utrecht-form-field utrecht-form-field--checkbox";
      var box = document.createElement("input");
      box.type = "checkbox";
      box.className = "utrecht-checkbox utrecht-checkbox--html-input";
      box.id = id;
      box.name = name;
      box.value = uri;
      box.checked = true;
      var text = document.createElement("label");
      text.className = "utrecht-form-label utrecht-form-label--checkbox";
      text.htmlFor = id;
      text.textContent = label;
      item.append(box, text);
      list.append(item);
    }
    announce(label + " \u2713");
  }

  function enhance(input) {
    var listbox = document.createElement("ul");
    listbox.id = input.id + "-suggestions";
    listbox.className = "tm-suggestions";
    listbox.setAttribute("role", "listbox");
    listbox.hidden = true;
    input.after(listbox);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    var timer = null;
    var request = 0;
    var active = -1;

    function close() {
      listbox.hidden = true;
      listbox.replaceChildren();
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var options = listbox.children;
      if (options.length === 0) {
        return;
      }
      active = (index + options.length) % options.length;
      Array.prototype.forEach.call(options, function (option, i) {
        option.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    }

    function pick(option) {
      addChoice(input, option.dataset.uri, option.textContent);
      input.value = "";
      close();
      input.focus();
    }

    function show(entries) {
      listbox.replaceChildren();
      entries.forEach(function (entry, i) {
        var option = document.createElement("li");
        option.id = listbox.id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.uri = entry.uri;
        option.textContent = entry.label;
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the input
          pick(option);
        });
        listbox.append(option);
      });
      listbox.hidden = entries.length === 0;
      input.setAttribute("aria-expanded", entries.length > 0 ? "true" : "false");
      active = -1;
    }

    function search() {
      var q = input.value.trim();
      if (q.length < 2) {
        close();
        return;
      }
      var mine = ++request;
      var url = "/api/v1/taxonomy/" + input.dataset.taxonomySearch + "?q=" + encodeURIComponent(q) +
        "&lang=" + encodeURIComponent(lang) + "&limit=8";
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (entries) {
          if (mine === request) {
            show(entries);
          }
        })
        .catch(close);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(search, 200);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (listbox.hidden) {
          search();
        } else {
          highlight(active + 1);
        }
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active - 1);
      } else if (event.key === "Enter") {
        event.preventDefault(); // Enter here picks or searches, it does not save the whole form
        if (!listbox.hidden && active >= 0) {
          pick(listbox.children[active]);
        } else {
          search();
        }
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", function () {
      setTimeout(close, 150);
    });
  }

  document.querySelectorAll("input[data-taxonomy-search]").forEach(enhance);
})();
