// yamabiko dashboard: the buttons call the admin API with the session cookie and the CSRF
// header, then reload the server-rendered page.
(function () {
  "use strict";
  const csrf = document.querySelector('meta[name="yamabiko-csrf"]').content;
  const status = document.getElementById("status");

  async function post(path, body, done) {
    status.textContent = "working…";
    try {
      const response = await fetch(path, {
        method: "POST",
        credentials: "same-origin",
        headers: {"Content-Type": "application/json", "X-Yamabiko-CSRF": csrf},
        body: JSON.stringify(body),
      });
      const data = await response.json();
      if (!response.ok) {
        status.textContent = "failed: " + ((data.error && data.error.message) || response.status);
        return;
      }
      status.textContent = done(data);
      sessionStorage.setItem("yamabiko-status", status.textContent);
      window.location.reload();
    } catch (error) {
      status.textContent = "failed: " + error;
    }
  }

  document.addEventListener("click", function (event) {
    const button = event.target.closest("button[data-entry]");
    if (!button) return;
    const id = button.dataset.entry;
    if (button.classList.contains("invalidate")) {
      post("/yamabiko/invalidate", {id: id}, (d) => "invalidated " + id + ": removed " + d.removed);
    } else if (button.classList.contains("wrong")) {
      post("/yamabiko/feedback", {entry_id: id, wrong: true},
           (d) => "marked wrong " + id + ": removed " + d.removed);
    }
  });

  const previous = sessionStorage.getItem("yamabiko-status");
  if (previous) {
    status.textContent = previous;
    sessionStorage.removeItem("yamabiko-status");
  }
  const auto = document.getElementById("auto");
  auto.checked = sessionStorage.getItem("yamabiko-auto") === "1";
  auto.addEventListener("change", () => sessionStorage.setItem("yamabiko-auto", auto.checked ? "1" : "0"));
  setInterval(() => { if (auto.checked) window.location.reload(); }, 5000);
})();
