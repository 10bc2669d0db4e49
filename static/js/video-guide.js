/* Video guides: speed buttons, steps that jump the video, click-to-load embeds, print button.
   Everything here is an extra: without JavaScript the native player controls,
   the #t= step links and the links to the video platform still work. */
(function () {
    "use strict";

    function each(selector, fn) {
        Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
    }

    function setPressed(buttons, chosen) {
        Array.prototype.forEach.call(buttons, function (button) {
            button.setAttribute("aria-pressed", String(button === chosen));
        });
    }

    function captionTrack(video) {
        // The track the page marked as default (the page's language), else the first.
        var tracks = video.textTracks;
        var elements = video.querySelectorAll("track");
        for (var i = 0; i < elements.length; i++) {
            if (elements[i].default) {
                return tracks[i];
            }
        }
        return tracks.length ? tracks[0] : null;
    }

    each("[data-video-guide]", function (player) {
        var video = player.querySelector("video");
        var controls = player.querySelector(".video-controls");
        if (!video || !controls) {
            return;
        }
        controls.hidden = false;
        var play = controls.querySelector("[data-action=play]");
        var captions = controls.querySelector("[data-action=captions]");
        var speeds = controls.querySelectorAll("button[data-speed]");

        function showState() {
            play.querySelector("[data-when=paused]").hidden = !video.paused;
            play.querySelector("[data-when=playing]").hidden = video.paused;
        }
        video.addEventListener("play", showState);
        video.addEventListener("pause", showState);
        video.addEventListener("ended", showState);
        video.addEventListener("ratechange", function () {
            var match = null;
            Array.prototype.forEach.call(speeds, function (button) {
                if (parseFloat(button.getAttribute("data-speed")) === video.playbackRate) {
                    match = button;
                }
            });
            setPressed(speeds, match);
        });

        controls.addEventListener("click", function (event) {
            var button = event.target.closest("button");
            if (!button) {
                return;
            }
            var action = button.getAttribute("data-action");
            if (action === "play") {
                if (video.paused) {
                    var playing = video.play();
                    if (playing && playing.catch) {
                        playing.catch(function () {});
                    }
                } else {
                    video.pause();
                }
            } else if (action === "back") {
                video.currentTime = Math.max(0, video.currentTime - 10);
            } else if (action === "captions") {
                var track = captionTrack(video);
                if (track) {
                    var show = track.mode !== "showing";
                    track.mode = show ? "showing" : "hidden";
                    button.setAttribute("aria-pressed", String(show));
                }
            } else if (button.hasAttribute("data-speed")) {
                video.playbackRate = parseFloat(button.getAttribute("data-speed"));
                setPressed(speeds, button);
            }
        });
    });

    function withAutoplay(src) {
        // The visitor pressed play: start at once instead of asking for a second click.
        var parts = src.split("#");
        parts[0] += (parts[0].indexOf("?") === -1 ? "?" : "&") + "autoplay=1";
        return parts.join("#");
    }

    function showEmbed(player, src) {
        var frame = player.querySelector("iframe.embed-frame");
        if (!frame) {
            var placeholder = player.querySelector(".embed-placeholder");
            var titled = placeholder.querySelector("[data-embed-title]");
            frame = document.createElement("iframe");
            frame.className = "embed-frame";
            frame.title = titled ? titled.getAttribute("data-embed-title") : "";
            frame.allow = "autoplay; fullscreen; picture-in-picture";
            frame.setAttribute("allowfullscreen", "");
            frame.referrerPolicy = "strict-origin-when-cross-origin";
            placeholder.replaceWith(frame);
        }
        frame.src = src;
        frame.focus();
    }

    function seek(video, seconds) {
        var go = function () {
            video.currentTime = seconds;
            var playing = video.play();
            if (playing && playing.catch) {
                playing.catch(function () {});
            }
        };
        if (video.readyState >= 1) {
            go();
        } else {
            video.addEventListener("loadedmetadata", go, { once: true });
            video.load();
        }
        video.scrollIntoView({ block: "center" });
        video.focus();
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest("a[data-seek], a[data-embed-src]");
        // Ctrl/Shift/middle click: let the link open the video file or platform as usual.
        if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        var id = link.getAttribute("data-player");
        var player = id ? document.getElementById(id) : link.closest("[data-video-guide]");
        if (!player) {
            return;
        }
        var video = player.querySelector("video");
        if (video && link.hasAttribute("data-seek")) {
            event.preventDefault();
            seek(video, parseFloat(link.getAttribute("data-seek")) || 0);
        } else if (link.hasAttribute("data-embed-src")) {
            event.preventDefault();
            var src = link.getAttribute("data-embed-src");
            showEmbed(player, link.hasAttribute("data-seek") ? src : withAutoplay(src));
        }
    });

    each("[data-print]", function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            window.print();
        });
    });
})();
