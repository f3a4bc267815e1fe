(function () {
  'use strict';
  var errors = [];
  window.addEventListener('error', function (event) {
    errors.push(String(event.message));
  });
  var consoleError = console.error;
  console.error = function () {
    errors.push(Array.prototype.join.call(arguments, ' '));
    consoleError.apply(console, arguments);
  };

  function openPanel(id) {
    var panel = document.getElementById(id);
    if (panel && panel.tagName === 'DETAILS') {
      panel.open = true;
      panel.scrollIntoView({block: 'start'});
    }
    return panel;
  }

  function cellValue(row, column, numeric) {
    var cell = row.cells[column];
    var raw = cell.getAttribute('data-value');
    if (numeric) {
      return parseFloat(raw === null ? cell.textContent : raw);
    }
    return cell.textContent.trim().toLowerCase();
  }

  function sortBy(header) {
    var table = header.closest('table');
    var body = table.tBodies[0];
    var column = header.cellIndex;
    var numeric = header.getAttribute('data-type') === 'number';
    var current = header.getAttribute('aria-sort');
    var descending = current ? current === 'ascending' : numeric;
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, column, numeric);
      var y = cellValue(b, column, numeric);
      var order = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(header.parentNode.cells, function (th) {
      th.removeAttribute('aria-sort');
    });
    header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
  }

  var table = document.querySelector('#students table');
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header) {
    header.addEventListener('click', function () { sortBy(header); });
  });
  Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
    var open = function (event) {
      event.preventDefault();
      openPanel(row.getAttribute('data-panel'));
    };
    row.addEventListener('click', open);
    row.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { open(event); }
    });
  });

  function totals() {
    return Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      return cellValue(row, 1, true);
    });
  }

  function ordered(values, descending) {
    for (var i = 1; i < values.length; i++) {
      if (descending ? values[i - 1] < values[i] : values[i - 1] > values[i]) { return false; }
    }
    return true;
  }

  // Opened as index.html#selftest, the page checks itself and writes the outcome into the DOM,
  // where a headless browser can read it.
  function selfTest() {
    var result = {errors: errors};
    result.charts = document.querySelectorAll('figure.chart svg').length;
    result.bars = document.querySelectorAll('figure.chart svg rect.bar').length;
    var rows = table.tBodies[0].rows;
    result.rows = rows.length;
    result.panels = document.querySelectorAll('details.student').length;
    var total = table.tHead.rows[0].cells[1];
    total.click();
    result.sortedDescending = ordered(totals(), true);
    total.click();
    result.sortedAscending = ordered(totals(), false);
    var last = rows[rows.length - 1];
    last.click();
    var panel = document.getElementById(last.getAttribute('data-panel'));
    result.openedPanel = panel && panel.open ? panel.getAttribute('data-student') : null;
    result.openedStudent = last.cells[0].textContent;
    result.ok = errors.length === 0 && result.charts > 0 && result.bars > 0 &&
        result.rows === result.panels && result.sortedDescending && result.sortedAscending &&
        result.openedPanel === result.openedStudent;
    var out = document.createElement('pre');
    out.id = 'selftest';
    out.textContent = JSON.stringify(result);
    document.body.appendChild(out);
  }

  if (location.hash && location.hash !== '#selftest') {
    openPanel(location.hash.substring(1));
  }
  if (location.hash === '#selftest') {
    selfTest();
  }
})();
