import Foundation

/// The Hugo side of the benchmark: configuration, a layout comparable to ours, a chip page
/// rendered from data/chips.json, and a shortcode that looks figures up in the same data.
enum HugoSite {
    static func writeScaffold(to root: URL) throws {
        let files = [
            "config.toml": """
                baseURL = "https://example.invalid/"
                title = "Synthetic benchmark"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                relativeURLs = true
                [markup.goldmark.renderer]
                unsafe = false
                [markup.goldmark.extensions]
                table = true
                strikethrough = true
                linkify = true
                taskList = true
                footnote = true
                """,
            "layouts/_default/baseof.html": """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} · {{ .Site.Title }}</title><meta name="description" content="{{ .Summary | plainify }}"></head>
                <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header><main><article>{{ block "main" . }}{{ end }}</article></main>
                <footer><p>Every figure links to its source.</p></footer></body></html>
                """,
            "layouts/_default/single.html": "{{ define \"main\" }}<p>As of {{ .Date.Format \"2 January 2006\" }}</p>{{ .Content }}{{ end }}\n",
            "layouts/_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n",
            "layouts/index.html": "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1><ul>{{ range where .Site.RegularPages \"Section\" \"briefings\" }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n",
            "layouts/chips/single.html": """
                {{ define "main" }}{{ $chip := index .Site.Data.chips .Params.chip }}
                <h1>{{ $chip.name }} ({{ $chip.name_zh }})</h1><p>Vendor: {{ $chip.vendor }}</p>
                <table><thead><tr><th>Spec</th><th>Figure</th><th>Source</th></tr></thead><tbody>
                <tr><td>FP16 dense</td><td>{{ $chip.fp16 }}</td><td>{{ $chip.source }}</td></tr>
                <tr><td>Memory</td><td>{{ $chip.memory }}</td><td>{{ $chip.source }}</td></tr>
                <tr><td>Memory bandwidth</td><td>{{ $chip.bandwidth }}</td><td>{{ $chip.source }}</td></tr>
                <tr><td>Power</td><td>{{ $chip.power }}</td><td>{{ $chip.source }}</td></tr>
                </tbody></table>{{ end }}
                """,
            "layouts/shortcodes/chip.html": "{{ $chip := index .Site.Data.chips (.Get 0) }}{{ index $chip (.Get 1) }}",
        ]
        for (path, text) in files {
            try Data((text + "\n").utf8).write(to: root.appendingPathComponent(path))
        }
    }
}
