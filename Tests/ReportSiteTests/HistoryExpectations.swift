/// What the scripted history (`HistoryScript`) must produce, exactly.
enum HistoryExpectations {
    /// changes.md after its title and summary: the reformat commit has no entry, the first
    /// commit is past the limit (`history: 6`).
    static let changesPage = """
        *Only the most recent revisions are shown.*

        ## 5 February 2026: Rename Lockwood's source id

        - source H100 (processor notes) removed
        - source [H100 (processor notes)](sources.html) added
        - [H100 SXM5](chips/h100.html) FP16 dense: source lockwood-h100 → lockwood-2023-h100
        - [Ascend 910C](chips/ascend-910c.html) Memory: source lockwood-h100 → lockwood-2023-h100
        - [H200](chips/h200.html) Memory: source lockwood-h100 → lockwood-2023-h100

        ## 4 February 2026: Drop the H20 licences event

        - event Nvidia says the US will grant H20 licences removed

        ## 3 February 2026: Add the H200

        - chip [H200](chips/h200.html) added

        ## 2 February 2026: &lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; 'single' \\[link\\](javascript:x)

        - [Ascend 910C](chips/ascend-910c.html) Memory: 144 GB added (lockwood-h100)

        ## 1 February 2026: Revise the H20's FP16 figure

        - [H20](chips/h20.html) FP16 dense: 148 TFLOPS → 150 TFLOPS


        """

    static let h20Revisions = """
        chips/h20.html#fig-fp16-tflops
          - *Revisions:*
            - 1 February 2026: 148 TFLOPS → 150 TFLOPS

        ### INT8 dense {#fig-int8-tops}
        """

    static let ascendRevisions = """
        chips/ascend-910c.html#fig-memory-gb
          - *Revisions:*
            - 5 February 2026: source lockwood-h100 → lockwood-2023-h100
            - 2 February 2026: 144 GB added


        """

    static let feedEntry = """
        <entry>
        <title>Add the H200</title>
        <id>https://example.org/report/changes.html#
        """

    static let feedContent = """
        <updated>2026-02-02T09:00:00+00:00</updated>
        <content type="html">&lt;ul&gt;&lt;li&gt;Ascend 910C Memory: 144 GB added (lockwood-h100)&lt;/li&gt;&lt;/ul&gt;</content>
        </entry>
        """

    static func json(commit: String) -> String {
        """
        {
          "changes" : [
            {
              "kind" : "changed",
              "new" : {
                "asOf" : "2024",
                "confidence" : "high",
                "field" : "memory_gb",
                "label" : "Memory",
                "owner" : {
                  "id" : "h20",
                  "kind" : "chip"
                },
                "source" : "tomshardware-2024-h20",
                "unit" : "GB",
                "value" : {
                  "number" : 80
                }
              },
              "old" : {
                "asOf" : "2024",
                "confidence" : "high",
                "field" : "memory_gb",
                "label" : "Memory",
                "owner" : {
                  "id" : "h20",
                  "kind" : "chip"
                },
                "source" : "tomshardware-2024-h20",
                "unit" : "GB",
                "value" : {
                  "number" : 96
                }
              },
              "record" : {
                "key" : {
                  "id" : "h20",
                  "kind" : "chip"
                },
                "name" : "H20"
              },
              "text" : "H20 Memory: 96 GB → 80 GB"
            }
          ],
          "commit" : "\(commit)",
          "since" : "HEAD"
        }
        """
    }
}
