/// The script served pages get, and only served pages: the files in site/ never contain it.
/// Error messages are shown with `textContent`, so they stay inert.
enum LiveReloadScript {
    static let endpoint = "/_report/live"

    static let html = """
        <script>
        (function () {
          var box;
          function show(text) {
            if (!box) {
              box = document.createElement("div");
              box.id = "report-errors";
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;" +
                "background:#2b0b0b;color:#ffe0e0;font:13px/1.5 ui-monospace,monospace;padding:12px 16px;white-space:pre-wrap;border-top:3px solid #ff5c5c";
              document.body.appendChild(box);
            }
            box.textContent = text;
          }
          function connect() {
            var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "\(endpoint)");
            socket.onmessage = function (event) {
              var message = JSON.parse(event.data);
              if (message.type === "reload") location.reload();
              else if (message.type === "errors") show("report: the last edit does not build; you are seeing the last good site.\\n\\n" + message.errors.join("\\n"));
              else if (box) { box.remove(); box = null; }
            };
            socket.onclose = function () { setTimeout(connect, 1000); };
          }
          connect();
        })();
        </script>
        """

    /// `html` with the script before `</body>` (or at the end).
    static func inject(into html: String) -> String {
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + Self.html }
        return html.replacingCharacters(in: range, with: Self.html + "\n</body>")
    }
}
