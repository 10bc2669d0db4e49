// "Was this page helpful?" without leaving the page. The form works without this
// file (it posts and shows a thank-you page); here it posts in the background and
// says thank you in place, in the words the server sends in the page's language.
(function () {
    "use strict";
    document.querySelectorAll("form[data-feedback]").forEach(function (form) {
        var status = form.querySelector(".feedback-status");
        var button = form.querySelector("button[type=submit]");
        form.addEventListener("submit", function (event) {
            if (!window.fetch || !window.FormData) { return; }
            event.preventDefault();
            button.disabled = true;
            fetch(form.action, {
                method: "POST",
                body: new FormData(form),
                headers: {"Accept": "application/json"},
                credentials: "omit"
            }).then(function (response) {
                return response.json().then(function (data) { return {ok: response.ok, data: data}; });
            }).then(function (result) {
                status.textContent = result.data.message;
                status.classList.toggle("is-error", !result.ok);
                if (result.ok) { form.classList.add("is-done"); }
                status.focus();
            }).catch(function () {
                // Offline or a proxy error page: fall back to the ordinary post.
                form.submit();
            }).finally(function () {
                button.disabled = false;
            });
        });
    });
})();
