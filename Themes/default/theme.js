// Runs before the page paints: applies the remembered light or dark choice, if any.
(function () {
  try {
    var chosen = localStorage.getItem("festdoc-theme");
    if (chosen === "light" || chosen === "dark") document.documentElement.setAttribute("data-theme", chosen);
  } catch (e) { /* storage can be off for file:// pages; the system setting applies */ }
})();
